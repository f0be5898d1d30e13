/**
 * Native reference for question latency: build the pack in native DuckDB (@duckdb/node-api,
 * one thread), then time questions in every style the way the studio's timing does: the same
 * SQL, the same interleaved schedule (a warm-up round, then `runs` rounds, each visiting every
 * style; see core/measure/schedule), every row read into JavaScript values. Median per question
 * and style in ms, and DuckDB's own profile of each (time in its operators). The bench calls it
 * one question at a time, in turns with the browser, so a load that comes and goes on a shared
 * machine hits both sides of a ratio alike.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { interleavedSchedule } from '../../renderer/src/core/measure/schedule';
import { fillPlaceholders, splitStatements } from '../../renderer/src/core/pack/sqlText';
import type { Pack } from '../../renderer/src/core/pack/loadPack';
import { parsePlan } from '../../renderer/src/core/plan/parsePlan';
import { profileFigures, type ProfileFigures } from '../../renderer/src/core/plan/summary';
import { median } from './metrics';

/** Median ms per question id per style. */
export type QuestionMedians = Record<string, Record<string, number>>;

/** Per question id per style: ms inside DuckDB's operators, and the costliest operator with its share. */
export type QuestionProfiles = Record<string, Record<string, ProfileFigures>>;

/** A native build of a pack whose questions can be timed a few at a time (in turns with the browser). */
export interface NativeQuestions {
  /** Time `questionIds` in `styles`: warm-up round, `runs` counted rounds, then 3 profiles each. */
  time(questionIds: string[], styles: string[], runs: number): Promise<{ medians: QuestionMedians; profiles: QuestionProfiles }>;
  close(): void;
}

/** Build `pack` at `scaleId` in native DuckDB with one thread, ready to time its questions. */
export async function openNativeQuestions(pack: Pack, scaleId: string): Promise<NativeQuestions> {
  const scale = pack.scales.find((s) => s.id === scaleId);
  if (!scale) throw new Error(`pack.yml: no scale ${scaleId}`);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  const close = (): void => {
    connection.closeSync();
    instance.closeSync();
  };
  try {
    for (const style of pack.styles) await connection.run(`CREATE SCHEMA ${style}`);
    for (const statement of splitStatements(fillPlaceholders(pack.generators[scale.generator]!, { orders: scale.orders ?? 0, seed: 0 }))) await connection.run(statement);
    for (const table of pack.tables) await connection.run(`CREATE TABLE ${table.qualified} AS\n${table.sql.trim().replace(/;\s*$/, '')}`);
  } catch (error) {
    close();
    throw error;
  }
  const key = (question: string, style: string): string => `${question}\u0000${style}`;
  return {
    close,
    async time(questionIds, styles, runs) {
      const questions = pack.questions.filter((q) => questionIds.includes(q.id));
      const samples = new Map<string, number[]>();
      for (const step of interleavedSchedule(questions.map((q) => q.id), styles, runs, 1)) {
        const sql = questions.find((q) => q.id === step.question)!.sql[step.style];
        if (!sql) continue;
        const started = performance.now();
        // As the studio does: every row, as JavaScript values.
        (await connection.runAndReadAll(sql)).getRows();
        const ms = performance.now() - started;
        if (!step.warmup) samples.set(key(step.question, step.style), [...(samples.get(key(step.question, step.style)) ?? []), ms]);
      }
      const medians: QuestionMedians = {};
      const profiles: QuestionProfiles = {};
      for (const question of questions) {
        medians[question.id] = {};
        profiles[question.id] = {};
        for (const style of styles) {
          const sql = question.sql[style];
          const times = samples.get(key(question.id, style));
          if (!sql || !times) continue;
          medians[question.id]![style] = median(times);
          const plans = [];
          for (let i = 0; i < 3; i++) {
            const rows = (await connection.runAndReadAll(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`)).getRows();
            plans.push(parsePlan(JSON.parse(String(rows[0]!.at(-1)))));
          }
          profiles[question.id]![style] = profileFigures(plans);
        }
      }
      return { medians, profiles };
    },
  };
}
