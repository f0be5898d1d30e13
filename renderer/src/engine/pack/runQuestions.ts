/**
 * Run every question in every style that can answer it against the current build and prove
 * agreement: each style's answer is compared with the first answering style's (order-insensitive
 * unless the question is ordered, numbers within a tolerance). A style listed in the question's
 * `cannot_answer` is not run: it is reported with its reason, never with a number. Times are the
 * median of `runs` runs per style.
 */
import { compareResults, describeProblems } from '../../core/checker/compareResults';
import type { Pack, PackQuestion } from '../../core/pack/loadPack';
import type { Question } from '../../core/pack/packSchema';
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
  const total = questions.reduce((n, q) => n + answering(pack, q).length, 0);
  let done = 0;
  for (const question of questions) {
    const ms: Record<string, number> = {};
    const results = new Map<string, ResultSet | Error>();
    for (const style of answering(pack, question)) {
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
    reports.push(judge(question, results, ms, options.tolerance));
  }
  options.onProgress?.({ step: 'Done', done: total, total });
  return reports;
}

/** The styles that answer `question`, in the pack's order. */
export function answering(pack: Pack, question: Question): string[] {
  return pack.styles.filter((s) => question.sql[s] !== undefined);
}

function judge(question: PackQuestion, results: Map<string, ResultSet | Error>, ms: Record<string, number>, tolerance: number | undefined): QuestionReport {
  const styles = [...results.keys()];
  const reference = styles[0]!;
  const expected = results.get(reference)!;
  const base = {
    id: question.id, title: question.title, as_of: question.as_of, cannotAnswer: question.cannot_answer,
    ms, rows: expected instanceof Error ? 0 : expected.rows.length,
  };
  for (const style of styles) {
    const actual = results.get(style)!;
    if (actual instanceof Error) {
      return { ...base, agree: false, difference: { style, reference, message: `${question.file}: sql.${style} failed: ${actual.message}` } };
    }
  }
  for (const style of styles.slice(1)) {
    // Styles must agree on column names too: a question's answer reads the same in every style.
    const comparison = compareResults(expected as ResultSet, results.get(style) as ResultSet, { ordered: question.ordered, checkColumns: true, tolerance });
    if (!comparison.ok) return { ...base, agree: false, difference: { style, reference, message: describeProblems(comparison) } };
  }
  return { ...base, agree: true };
}
