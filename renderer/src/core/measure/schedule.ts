/**
 * The order in which timing runs happen. Runs are interleaved across styles (question 1: style
 * A, B, C, then A, B, C again …) so that machine drift — a thermal slowdown, a background
 * task — hits every style alike instead of penalising whichever ran last. Each round also
 * rotates the starting style so no style always runs right after the warm-up or a cache flush.
 */

/** One step of a schedule. `warmup` steps are run but not counted. */
export interface ScheduleStep {
  question: string;
  style: string;
  /** 0-based run index among counted runs; -1 for warm-up steps. */
  run: number;
  warmup: boolean;
}

/**
 * Build the schedule: for each question, `warmup` rounds then `runs` counted rounds, each
 * round visiting every style once, starting at style `round mod styles.length`.
 */
export function interleavedSchedule(
  questions: readonly string[],
  styles: readonly string[],
  runs: number,
  warmup = 1,
): ScheduleStep[] {
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`runs must be a positive integer, got ${runs}`);
  if (!Number.isInteger(warmup) || warmup < 0) throw new Error(`warmup must be a non-negative integer, got ${warmup}`);
  const steps: ScheduleStep[] = [];
  const n = styles.length;
  for (const question of questions) {
    for (let round = 0; round < warmup + runs; round++) {
      for (let i = 0; i < n; i++) {
        const style = styles[(round + i) % n]!;
        const isWarm = round < warmup;
        steps.push({ question, style, run: isWarm ? -1 : round - warmup, warmup: isWarm });
      }
    }
  }
  return steps;
}
