/**
 * Matching the rows of two results as multisets (order ignored): first by exact keys (numbers
 * rounded to 9 significant digits), then, for what is left, pairwise within tolerance.
 */
import type { Cell } from '../result';
import { cellKey, cellsEqual } from './cells';

/** Rows of each side that found no partner on the other side (indexes into the inputs). */
export interface RowMatch {
  unmatchedExpected: number[];
  unmatchedActual: number[];
}

/** Beyond this many leftovers a side, pairwise matching would be too slow: leave them unmatched. */
const PAIRWISE_LIMIT = 2000;

function rowKey(row: Cell[]): string {
  return row.map(cellKey).join('\u0001');
}

/** True when two rows are equal cell by cell within tolerance. */
export function rowsEqual(a: Cell[], b: Cell[], tolerance: number): boolean {
  return a.length === b.length && a.every((c, i) => cellsEqual(c, b[i] as Cell, tolerance));
}

/** Pair up equal rows of `expected` and `actual`, ignoring order. */
export function matchRows(expected: Cell[][], actual: Cell[][], tolerance: number): RowMatch {
  const buckets = new Map<string, number[]>();
  actual.forEach((row, i) => {
    const key = rowKey(row);
    const list = buckets.get(key);
    if (list) list.push(i);
    else buckets.set(key, [i]);
  });
  const leftoverExpected: number[] = [];
  expected.forEach((row, i) => {
    const list = buckets.get(rowKey(row));
    if (list && list.length > 0) list.pop();
    else leftoverExpected.push(i);
  });
  const leftoverActual = [...buckets.values()].flat().sort((a, b) => a - b);
  if (leftoverExpected.length === 0 || leftoverActual.length === 0) {
    return { unmatchedExpected: leftoverExpected, unmatchedActual: leftoverActual };
  }
  if (leftoverExpected.length > PAIRWISE_LIMIT || leftoverActual.length > PAIRWISE_LIMIT) {
    return { unmatchedExpected: leftoverExpected, unmatchedActual: leftoverActual };
  }
  // Rounding can split two nearly equal numbers into different buckets: pair those by tolerance.
  const used = new Set<number>();
  const unmatchedExpected: number[] = [];
  for (const e of leftoverExpected) {
    const partner = leftoverActual.find((a) => !used.has(a) && rowsEqual(expected[e] as Cell[], actual[a] as Cell[], tolerance));
    if (partner === undefined) unmatchedExpected.push(e);
    else used.add(partner);
  }
  return { unmatchedExpected, unmatchedActual: leftoverActual.filter((a) => !used.has(a)) };
}
