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

/** A data test that found failing rows. */
export interface TestFailure {
  table: string;
  name: string;
  /** The schema.yml that declares the test. */
  file: string;
  failures: number;
}

/** One style (one DuckDB schema). */
export interface StyleReport {
  name: string;
  tables: TableReport[];
  /** Sum of its tables' build times, in ms. */
  build_ms: number;
  tests: { passed: number; failed: number };
  failedTests: TestFailure[];
  tests_ms: number;
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

/** Agreement of one question across styles. */
export interface QuestionReport {
  id: string;
  title: string;
  agree: boolean;
  /** Median time per style, in ms. */
  ms: Record<string, number>;
  /** Rows of the reference style's answer. */
  rows: number;
  /** When `agree` is false: the first style that differs from the reference, and how. */
  difference?: { style: string; reference: string; message: string };
}

/** Rows each style touches for one write scenario (run inside BEGIN … ROLLBACK). */
export interface WriteReport {
  id: string;
  title: string;
  rows_touched: Record<string, number>;
  keeps: Record<string, 'history' | 'overwrite'>;
  statements: Record<string, number>;
}

/** Thrown when an AbortSignal stops a build or a run. */
export class PackCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'PackCancelled';
  }
}
