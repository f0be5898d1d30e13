/**
 * What the comparison needs from a dataset pack: its styles, scales, questions and write
 * scenarios, and a way to build it into the engine. `CompareScreen` codes against this shape;
 * `packSource` (below) adapts the pack runner to it.
 */
import type { Engine } from '../../engine/engine';
import type { TimedQuestion } from '../../engine/measure/timing';

/** A question with its description, for the SQL columns. */
export interface CompareQuestion extends TimedQuestion {
  title: string;
  description?: string;
  /** Styles that cannot answer, with the reason (they have no SQL for this question). */
  cannotAnswer?: Record<string, string>;
}

/** Rows touched by one write scenario in one style. */
export interface WriteCost {
  scenario: string;
  title: string;
  style: string;
  rowsTouched: number;
  keeps: 'history' | 'overwrite' | string;
  statements: number;
  /** Ids of the questions whose answer in this style changed after the write (before its rollback). */
  questionsChanged?: string[];
  error?: string;
}

/** The pack as the comparison sees it. */
export interface CompareSource {
  id: string;
  title: string;
  styles: string[];
  scales: { id: string; label: string; orders: number }[];
  defaultScale: string;
  questions: CompareQuestion[];
  /**
   * Make `scaleId` the current build of every style: reuses the shared build when it already is
   * (no progress is reported then), else builds, replacing what was built before. `force` builds anyway.
   * `deferTests` leaves the data tests unrun until `runPendingTests` (growth's builds).
   */
  build(engine: Engine, scaleId: string, options: { signal?: AbortSignal; force?: boolean; deferTests?: boolean; onProgress?: (fraction: number, label: string) => void }): Promise<void>;
  /** Run the current build's data tests if a build left them unrun; returns at once, they run behind. */
  runPendingTests(engine: Engine): void;
  /** Run the write scenarios and count rows touched. Changes the data: rebuild before timing again. */
  writes(engine: Engine): Promise<WriteCost[]>;
}
