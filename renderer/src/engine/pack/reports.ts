/**
 * What the pack runner reports. Field names with underscores (`build_ms`, `rows_touched`) are the
 * ones `npm run compare -- --json` prints, so the script can pass reports through unchanged.
 */
import type { ResultColumn } from '../../core/result';

/** One built table. */
export interface TableReport {
  name: string;
  rows: number;
  /** Time of its CREATE TABLE … AS, in ms. */
  ms: number;
  /** Its SQL file, relative to the pack folder, and the SELECT in it. */
  file: string;
  sql: string;
  columns: ResultColumn[];
}

/** A data test that found failing rows (or an expected failure that found none). */
export interface TestFailure {
  table: string;
  name: string;
  /** The schema.yml that declares the test. */
  file: string;
  failures: number;
  /** Set when the test carries `expect: fail` but found no rows: the anomaly it teaches is gone. */
  message?: string;
}

/** A test marked `expect: fail` that found rows, as expected: it shows an anomaly of the style. */
export interface ExpectedFailure {
  table: string;
  name: string;
  file: string;
  failures: number;
  /** The schema.yml's reason. */
  why: string;
}

/** One style (one DuckDB schema). */
export interface StyleReport {
  name: string;
  tables: TableReport[];
  /** Sum of its tables' build times, in ms. */
  build_ms: number;
  /** Expected failures count neither as passed nor as failed. */
  tests: { passed: number; failed: number; expected_failures: number };
  failedTests: TestFailure[];
  expectedFailures: ExpectedFailure[];
  tests_ms: number;
  /** The data tests have not run yet (a build with `deferTests`, until `testBuild` runs them). */
  tests_pending?: boolean;
}

/** The result of `buildPack`. */
export interface BuildReport {
  pack: string;
  scale: string;
  seed: number;
  /** The attached database holding this build (the session's default catalog after success). */
  database: string;
  source: { tables: { name: string; rows: number }[]; ms: number };
  styles: StyleReport[];
  /** Wall time of the whole build including generator and tests, in ms. */
  total_ms: number;
}

/** Progress of a long operation: a step name and how far along it is. */
export interface PackProgress {
  step: string;
  done: number;
  total: number;
}

/** Agreement of one question across the styles that can answer it. */
export interface QuestionReport {
  id: string;
  title: string;
  agree: boolean;
  /** True when the answer depends on history. */
  as_of: boolean;
  /** Styles that cannot answer, with the reason; they are not run and not compared. */
  cannotAnswer: Record<string, string>;
  /** Median time per style, in ms. */
  ms: Record<string, number>;
  /** Rows of the reference style's answer (the first style that answers). */
  rows: number;
  /** When `agree` is false: the first style that differs from the reference, and how. */
  difference?: { style: string; reference: string; message: string };
}

/** Rows each style touches for one write scenario, and the answers it changes (run inside BEGIN … ROLLBACK). */
export interface WriteReport {
  id: string;
  title: string;
  rows_touched: Record<string, number>;
  keeps: Record<string, 'history' | 'overwrite'>;
  statements: Record<string, number>;
  /** Per style, the ids of the questions whose answer in that style changed after the write (before rollback). */
  questions_changed: Record<string, string[]>;
}

/** Thrown when an AbortSignal stops a build or a run. */
export class PackCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'PackCancelled';
  }
}
