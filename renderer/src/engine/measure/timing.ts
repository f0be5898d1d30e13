/**
 * Query timings per question per style: a warm-up round, then N counted runs interleaved across
 * styles (see core/measure/schedule), and agreement of every style's answer with the first
 * style's. Each run's wall time is also taken around the engine call, so the harness's own
 * cost (messaging, result conversion) can be reported apart from DuckDB's.
 */
import { compareResults } from '../../core/checker/compareResults';
import type { ResultSet } from '../../core/result';
import { interleavedSchedule } from '../../core/measure/schedule';
import { summarize, type Summary } from '../../core/measure/stats';
import type { Engine } from '../engine';

/** A question as the timing needs it: one SQL per style. */
export interface TimedQuestion {
  id: string;
  title?: string;
  ordered?: boolean;
  sql: Record<string, string>;
}

/** Timings and agreement of one style on one question. */
export interface StyleTiming {
  /** Engine-measured time of each counted run, ms (engine's `elapsedMs`). */
  samples: number[];
  summary: Summary | null;
  rowCount: number;
  /** Same answer as the reference style (the first style given); null when not compared. */
  agrees: boolean | null;
  /** First difference from the reference, in words. */
  problem?: string;
  error?: string;
}

/** All styles' timings for one question. */
export interface QuestionTiming {
  id: string;
  title: string;
  reference: string;
  styles: Record<string, StyleTiming>;
}

/** The whole timing report. */
export interface TimingReport {
  runs: number;
  warmup: number;
  questions: QuestionTiming[];
  /** Wall time from start to end, ms. */
  totalMs: number;
  /** Per counted run: wall time around `engine.query` minus the engine's `elapsedMs`. */
  overhead: Summary | null;
  /**
   * Wall time of `SELECT 42` through the engine (10 runs after the schedule): DuckDB's own work
   * is microseconds there, so this is the harness's cost per run — messaging, queueing, result
   * conversion — as an upper bound.
   */
  roundTrip: Summary | null;
}

/** Progress of a long run. */
export interface TimingProgress {
  done: number;
  total: number;
  question: string;
  style: string;
}

/** Options for `timeQuestions`. */
export interface TimingOptions {
  runs?: number;
  warmup?: number;
  signal?: AbortSignal;
  onProgress?: (p: TimingProgress) => void;
  /** Called between steps so a UI thread can paint; default: no yielding beyond the engine's await. */
  yieldEvery?: number;
  /**
   * Time budget per question per style, ms (default: none, every run happens). Once a style's
   * runs of a question (warm-up included) have taken this long it gets no more runs, and a
   * warm-up that alone took this long is counted as the one run: what a warm-up absorbs
   * (planning, first allocations) is then a small share of the time.
   */
  budgetMs?: number;
}

function abortError(): DOMException {
  return new DOMException('Timing cancelled', 'AbortError');
}

/**
 * Time every question in every style. Styles without SQL for a question are skipped; a failing
 * query is recorded (error) and not retried. Throws an AbortError when `signal` aborts.
 */
export async function timeQuestions(engine: Engine, questions: readonly TimedQuestion[], styles: readonly string[], options: TimingOptions = {}): Promise<TimingReport> {
  const runs = options.runs ?? 5;
  const warmup = options.warmup ?? 1;
  const started = performance.now();
  const steps = interleavedSchedule(questions.map((q) => q.id), styles, runs, warmup);
  const byId = new Map(questions.map((q) => [q.id, q]));
  const out = new Map<string, QuestionTiming>();
  const answers = new Map<string, ResultSet>();
  const overheads: number[] = [];
  const reference = styles[0] ?? '';
  for (const q of questions) {
    const per: Record<string, StyleTiming> = {};
    for (const s of styles) if (q.sql[s] !== undefined) per[s] = { samples: [], summary: null, rowCount: 0, agrees: null };
    out.set(q.id, { id: q.id, title: q.title ?? q.id, reference, styles: per });
  }

  const spent = new Map<StyleTiming, number>();
  const budget = options.budgetMs ?? Number.POSITIVE_INFINITY;
  let done = 0;
  for (const step of steps) {
    if (options.signal?.aborted) throw abortError();
    const q = byId.get(step.question)!;
    const sql = q.sql[step.style];
    const timing = out.get(q.id)!.styles[step.style];
    done++;
    if (sql === undefined || !timing || timing.error) continue;
    if (timing.samples.length > 0 && (spent.get(timing) ?? 0) >= budget) {
      options.onProgress?.({ done, total: steps.length, question: q.id, style: step.style });
      continue;
    }
    try {
      const t0 = performance.now();
      const res = await engine.query(sql);
      const wall = performance.now() - t0;
      if (step.warmup || !answers.has(`${q.id}\u0000${step.style}`)) {
        answers.set(`${q.id}\u0000${step.style}`, { columns: res.columns, rows: res.rows });
        timing.rowCount = res.rowCount;
      }
      spent.set(timing, (spent.get(timing) ?? 0) + res.elapsedMs);
      if (!step.warmup || res.elapsedMs >= budget) {
        timing.samples.push(res.elapsedMs);
        overheads.push(Math.max(0, wall - res.elapsedMs));
      }
    } catch (e) {
      timing.error = e instanceof Error ? e.message : String(e);
    }
    options.onProgress?.({ done, total: steps.length, question: q.id, style: step.style });
  }

  for (const qt of out.values()) {
    // The reference is the first style that answers this question (a style may be unable to).
    qt.reference = Object.keys(qt.styles)[0] ?? reference;
    const ref = answers.get(`${qt.id}\u0000${qt.reference}`);
    const ordered = byId.get(qt.id)?.ordered ?? false;
    for (const [style, t] of Object.entries(qt.styles)) {
      if (t.samples.length) t.summary = summarize(t.samples);
      const mine = answers.get(`${qt.id}\u0000${style}`);
      if (!ref || !mine || t.error) continue;
      const check = compareResults(ref, mine, { ordered, checkColumns: true });
      t.agrees = check.ok;
      if (!check.ok && check.problems[0]) t.problem = check.problems[0].message;
    }
  }
  const totalMs = performance.now() - started;
  const trips: number[] = [];
  for (let i = 0; i < 10 && !options.signal?.aborted; i++) {
    const t0 = performance.now();
    await engine.query('SELECT 42');
    trips.push(performance.now() - t0);
  }
  return {
    runs,
    warmup,
    questions: [...out.values()],
    totalMs,
    overhead: overheads.length ? summarize(overheads) : null,
    roundTrip: trips.length ? summarize(trips) : null,
  };
}
