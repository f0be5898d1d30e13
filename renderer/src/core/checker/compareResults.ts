/**
 * The one result comparer: is `actual` the same answer as `expected`, and if not, what is wrong,
 * in plain words. Lessons check a student's result against the reference with it; packs prove
 * every style answers a question alike; Compare marks a style that disagrees. Columns are compared
 * by position (names only when asked), rows as a multiset unless an order is required, numbers
 * within a tolerance.
 */
import type { Cell, ResultSet } from '../result';
import { isNumericType } from '../format/cellText';
import { compareCells, cellsEqual, formatCell, formatRow, normalizeCell } from './cells';
import { matchRows, rowsEqual } from './rowMatching';

/** How an exercise wants results compared. */
export interface CheckOptions {
  /** Rows must come in the reference's order. Default false. */
  ordered?: boolean;
  /** Relative (or, below 1, absolute) numeric tolerance. Default `DEFAULT_TOLERANCE`. */
  tolerance?: number;
  /** Column names must match the reference's (case-insensitive). Default false. */
  checkColumns?: boolean;
}

/** One thing that is wrong, with a stable kind the UI may style. */
export interface Problem {
  kind: 'columns' | 'column-name' | 'rows' | 'values' | 'order';
  message: string;
}

/** The verdict: ok, or the problems found (most important first). */
export interface CheckResult {
  ok: boolean;
  problems: Problem[];
}

/**
 * Default numeric tolerance, relative: absorbs the last-bit noise of sums and averages computed
 * in another order (about 1e-15), yet tells apart counts up to a billion and cents on amounts up
 * to ten million. A looser 1e-6 let 12,000,000 and 12,000,005 agree.
 */
export const DEFAULT_TOLERANCE = 1e-9;

function plural(n: number, one: string, many: string): string {
  return n === 1 ? `${one}` : `${n} ${many}`;
}

function columnCountProblem(expected: number, actual: number): Problem {
  const diff = Math.abs(expected - actual);
  const what = actual < expected ? 'missing' : 'too many';
  return { kind: 'columns', message: `${plural(diff, 'one column', 'columns')} ${what} (expected ${expected}, got ${actual})` };
}

function rowCountProblems(expected: Cell[][], actual: Cell[][], unmatchedE: number[], unmatchedA: number[]): Problem[] {
  const diff = expected.length - actual.length;
  const problems: Problem[] = [];
  if (diff > 0) {
    const example = unmatchedE[0] !== undefined ? `, for example ${formatRow(expected[unmatchedE[0]] as Cell[])}` : '';
    problems.push({ kind: 'rows', message: `${plural(diff, '1 row', 'rows')} missing (expected ${expected.length}, got ${actual.length})${example}` });
  } else if (diff < 0) {
    const example = unmatchedA[0] !== undefined ? `, for example ${formatRow(actual[unmatchedA[0]] as Cell[])}` : '';
    problems.push({ kind: 'rows', message: `${plural(-diff, '1 row', 'rows')} too many (expected ${expected.length}, got ${actual.length})${example}` });
  }
  return problems;
}

/** For each column, compare the sorted values of the unmatched rows and report the first difference. */
function valueProblems(expected: Cell[][], actual: Cell[][], columns: number, tolerance: number): Problem[] {
  const problems: Problem[] = [];
  for (let col = 0; col < columns; col++) {
    const e = expected.map((r) => r[col] as Cell).sort(compareCells);
    const a = actual.map((r) => r[col] as Cell).sort(compareCells);
    const n = Math.min(e.length, a.length);
    for (let i = 0; i < n; i++) {
      if (!cellsEqual(e[i] as Cell, a[i] as Cell, tolerance)) {
        // Report the first value present on one side only, which reads better than a sort position.
        const onlyE = e.find((x) => !a.some((y) => cellsEqual(x, y, tolerance)));
        const onlyA = a.find((y) => !e.some((x) => cellsEqual(x, y, tolerance)));
        const exp = onlyE !== undefined ? onlyE : (e[i] as Cell);
        const got = onlyA !== undefined ? onlyA : (a[i] as Cell);
        problems.push({ kind: 'values', message: `values in column ${col + 1} differ: expected ${formatCell(exp)}, got ${formatCell(got)}` });
        break;
      }
    }
  }
  return problems;
}

function orderedProblem(expected: Cell[][], actual: Cell[][], tolerance: number): Problem | undefined {
  for (let r = 0; r < expected.length; r++) {
    const e = expected[r] as Cell[];
    const a = actual[r] as Cell[];
    for (let c = 0; c < e.length; c++) {
      if (!cellsEqual(e[c] as Cell, a[c] as Cell, tolerance)) {
        return {
          kind: 'values',
          message: `column ${c + 1} differs from row ${r + 1} on: expected ${formatCell(e[c] as Cell)}, got ${formatCell(a[c] as Cell)}`,
        };
      }
    }
  }
  return undefined;
}

function normalizeRows(result: ResultSet): Cell[][] {
  const numeric = result.columns.map((c) => isNumericType(c.type));
  if (!numeric.some(Boolean)) return result.rows;
  return result.rows.map((row) => row.map((cell, i) => normalizeCell(cell, numeric[i] ?? false)));
}

/** Compare `actual` (the student's result) with `expected` (the reference's). */
export function compareResults(expected: ResultSet, actual: ResultSet, options: CheckOptions = {}): CheckResult {
  const tolerance = options.tolerance ?? DEFAULT_TOLERANCE;
  const problems: Problem[] = [];
  const ec = expected.columns.length;
  const ac = actual.columns.length;
  if (ec !== ac) {
    problems.push(columnCountProblem(ec, ac));
    if (expected.rows.length !== actual.rows.length) {
      problems.push(...rowCountProblems(expected.rows, actual.rows, [], []));
    }
    return { ok: false, problems };
  }
  if (options.checkColumns) {
    expected.columns.forEach((col, i) => {
      const got = actual.columns[i]?.name ?? '';
      if (col.name.toLowerCase() !== got.toLowerCase()) {
        problems.push({ kind: 'column-name', message: `column ${i + 1} should be named ${col.name}, not ${got}` });
      }
    });
  }
  // Each side's numbers-as-text become numbers, so HUGEINT '150' equals DOUBLE 150.
  const exp = normalizeRows(expected);
  const act = normalizeRows(actual);
  if (options.ordered && exp.length === act.length) {
    const positional = orderedProblem(exp, act, tolerance);
    if (!positional) return { ok: problems.length === 0, problems };
    const { unmatchedExpected } = matchRows(exp, act, tolerance);
    if (unmatchedExpected.length === 0) {
      const firstRow = exp.findIndex((row, r) => !rowsEqual(row, act[r] as Cell[], tolerance));
      problems.push({ kind: 'order', message: `the rows are right but in the wrong order from row ${firstRow + 1} on` });
    } else {
      problems.push(positional);
    }
    return { ok: false, problems };
  }
  const { unmatchedExpected, unmatchedActual } = matchRows(exp, act, tolerance);
  problems.push(...rowCountProblems(exp, act, unmatchedExpected, unmatchedActual));
  const wrong = Math.min(unmatchedExpected.length, unmatchedActual.length);
  if (wrong > 0) {
    const e = unmatchedExpected.map((i) => exp[i] as Cell[]);
    const a = unmatchedActual.map((i) => act[i] as Cell[]);
    const values = valueProblems(e, a, ec, tolerance);
    if (values.length > 0) problems.push(...values);
    else problems.push({ kind: 'values', message: `each column holds the right values, but ${plural(wrong, '1 row pairs', 'rows pair')} them differently` });
  }
  return { ok: problems.length === 0, problems };
}

/** The verdict's problems as one line for a report ("" when the results agree). */
export function describeProblems(result: CheckResult): string {
  return result.problems.map((p) => p.message).join('; ');
}
