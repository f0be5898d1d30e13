/**
 * Count the rows each style must touch for each write scenario, and show what the write does to
 * the answers: the statements run inside BEGIN … ROLLBACK (the build is left as it was), DuckDB's
 * reported counts are summed, and before the rollback the style's questions run again and are
 * compared with their answers before the write. A style that keeps history answers today's
 * questions differently only where the change is meant to show; one that overwrites may restate
 * the past.
 */
import { compareResults } from '../../core/checker/compareResults';
import type { Pack, PackQuestion } from '../../core/pack/loadPack';
import { PackError } from '../../core/pack/packError';
import type { ResultSet } from '../../core/result';
import type { Engine } from '../engine';
import { throwIfAborted, toNumber } from './exec';
import type { PackProgress, WriteReport } from './reports';

export interface WriteOptions {
  onProgress?: (progress: PackProgress) => void;
  signal?: AbortSignal;
}

/** Each answering question's result in `style`, keyed by question id; a failing query is kept as its error text. */
async function answers(engine: Engine, questions: PackQuestion[], style: string): Promise<Map<string, ResultSet | string>> {
  const out = new Map<string, ResultSet | string>();
  for (const q of questions) {
    const sql = q.sql[style];
    if (sql === undefined) continue;
    try {
      const r = await engine.query(sql);
      out.set(q.id, { columns: r.columns, rows: r.rows });
    } catch (error) {
      out.set(q.id, (error as Error).message);
    }
  }
  return out;
}

function changed(questions: PackQuestion[], before: Map<string, ResultSet | string>, after: Map<string, ResultSet | string>): string[] {
  return questions.filter((q) => {
    const a = before.get(q.id);
    const b = after.get(q.id);
    if (a === undefined || b === undefined) return false;
    if (typeof a === 'string' || typeof b === 'string') return a !== b;
    return !compareResults(a, b, { ordered: q.ordered, checkColumns: true }).ok;
  }).map((q) => q.id);
}

export async function runWrites(engine: Engine, pack: Pack, options: WriteOptions = {}): Promise<WriteReport[]> {
  const reports: WriteReport[] = [];
  const total = pack.styles.length * (pack.writes.length + 1);
  let done = 0;
  const step = (text: string) => options.onProgress?.({ step: text, done: done++, total });
  const baseline = new Map<string, Map<string, ResultSet | string>>();
  for (const style of pack.styles) {
    throwIfAborted(options.signal);
    step(`Answering the questions in ${style}`);
    baseline.set(style, await answers(engine, pack.questions, style));
  }
  for (const write of pack.writes) {
    const rows: Record<string, number> = {};
    const statements: Record<string, number> = {};
    const questionsChanged: Record<string, string[]> = {};
    for (const style of pack.styles) {
      throwIfAborted(options.signal);
      step(`${write.id} in ${style}`);
      const list = write.sql[style] ?? [];
      statements[style] = list.length;
      let touched = 0;
      await engine.query('BEGIN TRANSACTION');
      try {
        for (const [i, sql] of list.entries()) {
          let result;
          try {
            result = await engine.query(sql);
          } catch (error) {
            throw new PackError(write.file, `sql.${style}[${i}]: DuckDB: ${(error as Error).message}`);
          }
          // INSERT, UPDATE and DELETE answer with one row, one column named Count.
          if (result.columns.length === 1 && result.columns[0]!.name === 'Count') touched += toNumber(result.rows[0]?.[0]);
        }
        questionsChanged[style] = list.length === 0 ? [] : changed(pack.questions, baseline.get(style)!, await answers(engine, pack.questions, style));
      } finally {
        await engine.query('ROLLBACK');
      }
      rows[style] = touched;
    }
    reports.push({ id: write.id, title: write.title, rows_touched: rows, keeps: write.keeps, statements, questions_changed: questionsChanged });
  }
  options.onProgress?.({ step: 'Done', done: total, total });
  return reports;
}
