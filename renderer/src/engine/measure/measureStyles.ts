/**
 * The comparison's measuring sequence, written once for the Compare screen and for
 * `npm run compare`: the storage of every style (a checkpointed file per style), then every
 * question timed in every style. Building is left to the caller (the screen reuses a build it
 * already has; the script builds from disk), and so are the write scenarios.
 */
import type { Engine } from '../engine';
import { storageOfSchema, type StyleStorage } from './storage';
import { timeQuestions, type TimedQuestion, type TimingReport } from './timing';

/** Where `measureStyles` is: `done` of `total` steps of the phase, and what it does now. */
export interface MeasureProgress {
  phase: 'storage' | 'time';
  done: number;
  total: number;
  label: string;
}

/** Options for `measureStyles`. */
export interface MeasureStylesOptions {
  styles: readonly string[];
  questions: readonly TimedQuestion[];
  /** Counted runs of each question in each style (default 5, as `timeQuestions`). */
  runs?: number;
  /** Warm-up rounds before the counted runs (default 1). */
  warmup?: number;
  /** Where the storage files go (a folder with trailing slash in Node; '' in the browser's file system). */
  fileDir?: string;
  /** Count distinct values per column: the screen shows them, the script and growth skip them (slow). */
  distinct?: boolean;
  /** Estimate CSV sizes of tables over this many rows from a sample (see `storageOfSchema`). */
  csvSampleRows?: number;
  /** Time budget per question per style, ms (see `timeQuestions`). */
  budgetMs?: number;
  signal?: AbortSignal;
  onProgress?: (p: MeasureProgress) => void;
  /** The storage figures as soon as they are known, before the (longer) timing starts. */
  onStorage?: (storage: StyleStorage[]) => void;
}

/** What one measuring pass found. */
export interface StylesMeasured {
  /** One entry per style, in the order given. */
  storage: StyleStorage[];
  timing: TimingReport;
}

/** Measure the styles currently built in the engine: storage first, then timed questions. */
export async function measureStyles(engine: Engine, options: MeasureStylesOptions): Promise<StylesMeasured> {
  const { styles, signal, onProgress } = options;
  const storage: StyleStorage[] = [];
  for (const [i, style] of styles.entries()) {
    onProgress?.({ phase: 'storage', done: i, total: styles.length, label: `Measuring storage of ${style}` });
    storage.push(await storageOfSchema(engine, style, { fileDir: options.fileDir, distinct: options.distinct, csvSampleRows: options.csvSampleRows, signal }));
  }
  options.onStorage?.(storage);
  const timing = await timeQuestions(engine, options.questions, styles, {
    runs: options.runs,
    warmup: options.warmup,
    budgetMs: options.budgetMs,
    signal,
    onProgress: (p) => onProgress?.({ phase: 'time', done: p.done, total: p.total, label: `Timing ${p.question} in ${p.style} (${p.done}/${p.total})` }),
  });
  return { storage, timing };
}
