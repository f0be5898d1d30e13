/**
 * Native reference for question latency: build the pack in native DuckDB (@duckdb/node-api,
 * one thread), then time every question in every style the way the studio's timing does (one
 * warm-up, then `runs` counted runs, all rows read), median per question and style in ms.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { fillPlaceholders, splitStatements } from '../../renderer/src/core/pack/sqlText';
import type { Pack } from '../../renderer/src/core/pack/loadPack';
import { median } from './metrics';

/** Median ms per question id per style. */
export type QuestionMedians = Record<string, Record<string, number>>;

export async function nativeQuestionMedians(pack: Pack, scaleId: string, styles: string[], runs: number): Promise<QuestionMedians> {
  const scale = pack.scales.find((s) => s.id === scaleId);
  if (!scale) throw new Error(`pack.yml: no scale ${scaleId}`);
  const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
  const connection = await instance.connect();
  try {
    for (const style of pack.styles) await connection.run(`CREATE SCHEMA ${style}`);
    for (const statement of splitStatements(fillPlaceholders(pack.generators[scale.generator]!, { orders: scale.orders ?? 0, seed: 0 }))) await connection.run(statement);
    for (const table of pack.tables) await connection.run(`CREATE TABLE ${table.qualified} AS\n${table.sql.trim().replace(/;\s*$/, '')}`);
    const out: QuestionMedians = {};
    for (const question of pack.questions) {
      out[question.id] = {};
      for (const style of styles) {
        const sql = question.sql[style];
        if (!sql) continue;
        await connection.runAndReadAll(sql);
        const times: number[] = [];
        for (let i = 0; i < runs; i += 1) {
          const started = performance.now();
          await connection.runAndReadAll(sql);
          times.push(performance.now() - started);
        }
        out[question.id]![style] = median(times);
      }
    }
    return out;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
