/**
 * Run every question in every style against the current build and prove agreement: each style's
 * answer is compared with the first style's (order-insensitive unless the question is ordered,
 * numbers within a tolerance). Times are the median of `runs` runs per style.
 */
import { compareResults } from '../../core/pack/compareResults';
import type { Pack } from '../../core/pack/loadPack';
import type { ResultSet } from '../../core/result';
import type { Engine } from '../engine';
import { exec, throwIfAborted } from './exec';
import type { PackProgress, QuestionReport } from './reports';

export interface QuestionOptions {
  runs?: number;
  /** Only these question ids (default: all). */
  only?: string[];
  tolerance?: number;
  onProgress?: (progress: PackProgress) => void;
  signal?: AbortSignal;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export async function runQuestions(engine: Engine, pack: Pack, options: QuestionOptions = {}): Promise<QuestionReport[]> {
  const runs = Math.max(1, options.runs ?? 1);
  const questions = pack.questions.filter((q) => !options.only || options.only.includes(q.id));
  const reports: QuestionReport[] = [];
  const total = questions.length * pack.styles.length;
  let done = 0;
  for (const question of questions) {
    const ms: Record<string, number> = {};
    const results = new Map<string, ResultSet | Error>();
    for (const style of pack.styles) {
      throwIfAborted(options.signal);
      options.onProgress?.({ step: `${question.id} in ${style}`, done: done++, total });
      const times: number[] = [];
      for (let r = 0; r < runs; r += 1) {
        try {
          const result = await exec(engine, question.sql[style]!, options.signal);
          times.push(result.elapsedMs);
          if (r === 0) results.set(style, result);
        } catch (error) {
          throwIfAborted(options.signal);
          results.set(style, error as Error);
          break;
        }
      }
      ms[style] = times.length > 0 ? Math.round(median(times) * 10) / 10 : Number.NaN;
    }
    reports.push(judge(pack, question.id, question.title, question.ordered, question.file, results, ms, options.tolerance));
  }
  options.onProgress?.({ step: 'Done', done: total, total });
  return reports;
}

function judge(
  pack: Pack, id: string, title: string, ordered: boolean, file: string,
  results: Map<string, ResultSet | Error>, ms: Record<string, number>, tolerance: number | undefined,
): QuestionReport {
  const reference = pack.styles[0]!;
  const expected = results.get(reference)!;
  const base = { id, title, ms, rows: expected instanceof Error ? 0 : expected.rows.length };
  for (const style of pack.styles) {
    const actual = results.get(style)!;
    if (actual instanceof Error) {
      return { ...base, agree: false, difference: { style, reference, message: `${file}: sql.${style} failed: ${actual.message}` } };
    }
  }
  for (const style of pack.styles.slice(1)) {
    const comparison = compareResults(expected as ResultSet, results.get(style) as ResultSet, { ordered, ...(tolerance === undefined ? {} : { tolerance }) });
    if (!comparison.equal) return { ...base, agree: false, difference: { style, reference, message: comparison.difference } };
  }
  return { ...base, agree: true };
}
