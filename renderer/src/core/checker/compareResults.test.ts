import { describe, expect, it } from 'vitest';
import type { Cell, ResultSet } from '../result';
import { compareResults, DEFAULT_TOLERANCE, describeProblems, type CheckOptions } from './compareResults';

/** A result with INTEGER/VARCHAR/DOUBLE columns named a, b, c… */
function rs(types: string[], rows: Cell[][], names?: string[]): ResultSet {
  return { columns: types.map((type, i) => ({ name: names?.[i] ?? String.fromCharCode(97 + i), type })), rows };
}

const orders = rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [
  [100, 'Joe Reis', 100],
  [101, 'Matt Housely', 150],
  [102, 'Ann Lee', 75],
  [103, 'Bo Chen', 20],
]);

interface Case {
  name: string;
  actual: ResultSet;
  options?: CheckOptions;
  expected?: ResultSet;
  messages: string[];
}

const cases: Case[] = [
  { name: 'identical', actual: orders, messages: [] },
  {
    name: 'same rows in another order (unordered)',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [...orders.rows].reverse()),
    messages: [],
  },
  {
    name: 'column names are not required',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], orders.rows, ['id', 'who', 'total']),
    messages: [],
  },
  {
    name: 'column names when required',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], orders.rows, ['a', 'who', 'c']),
    options: { checkColumns: true },
    messages: ['column 2 should be named b, not who'],
  },
  {
    name: 'floating-point noise is tolerated',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], orders.rows.map((r) => [r[0], r[1], (r[2] as number) + 1e-10] as Cell[])),
    messages: [],
  },
  {
    name: 'exercise tolerance of 0.01',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], orders.rows.map((r) => [r[0], r[1], (r[2] as number) * 1.004] as Cell[])),
    options: { tolerance: 0.01 },
    messages: [],
  },
  {
    name: 'big integers as strings equal numbers (HUGEINT vs DOUBLE)',
    expected: rs(['HUGEINT'], [['150']]),
    actual: rs(['DOUBLE'], [[150]]),
    messages: [],
  },
  {
    name: 'text that looks like a number is still text',
    expected: rs(['VARCHAR'], [['00123']]),
    actual: rs(['INTEGER'], [[123]]),
    messages: ["values in column 1 differ: expected '00123', got 123"],
  },
  {
    name: 'two rows missing',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], orders.rows.slice(0, 2)),
    messages: ["2 rows missing (expected 4, got 2), for example (102, 'Ann Lee', 75)"],
  },
  {
    name: 'one row too many',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [...orders.rows, [104, 'Cy Diaz', 10]]),
    messages: ["1 row too many (expected 4, got 5), for example (104, 'Cy Diaz', 10)"],
  },
  {
    name: 'a duplicated row counts as one too many',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [...orders.rows, [100, 'Joe Reis', 100]]),
    messages: ["1 row too many (expected 4, got 5), for example (100, 'Joe Reis', 100)"],
  },
  {
    name: 'one column too many',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE', 'INTEGER'], orders.rows.map((r) => [...r, 1])),
    messages: ['one column too many (expected 3, got 4)'],
  },
  {
    name: 'two columns missing and rows missing',
    actual: rs(['INTEGER'], [[100]]),
    messages: ['2 columns missing (expected 3, got 1)', '3 rows missing (expected 4, got 1)'],
  },
  {
    name: 'one value differs',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [orders.rows[0], [101, 'Matt Housely', 125], orders.rows[2], orders.rows[3]] as Cell[][]),
    messages: ['values in column 3 differ: expected 150, got 125'],
  },
  {
    name: 'values right but paired across rows differently',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [[100, 'Joe Reis', 150], [101, 'Matt Housely', 100], orders.rows[2], orders.rows[3]] as Cell[][]),
    messages: ['each column holds the right values, but 2 rows pair them differently'],
  },
  {
    name: 'NULL where a value was expected',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [[100, null, 100], ...orders.rows.slice(1)] as Cell[][]),
    messages: ["values in column 2 differ: expected 'Joe Reis', got NULL"],
  },
  {
    name: 'ordered: right order',
    actual: orders,
    options: { ordered: true },
    messages: [],
  },
  {
    name: 'ordered: rows right, order wrong',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [orders.rows[0], orders.rows[1], orders.rows[3], orders.rows[2]] as Cell[][]),
    options: { ordered: true },
    messages: ['the rows are right but in the wrong order from row 3 on'],
  },
  {
    name: 'ordered: a value differs from row 2 on',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [orders.rows[0], [101, 'Matt Housely', 125], orders.rows[2], orders.rows[3]] as Cell[][]),
    options: { ordered: true },
    messages: ['column 3 differs from row 2 on: expected 150, got 125'],
  },
  {
    name: 'ordered with a row missing falls back to multiset feedback',
    actual: rs(['INTEGER', 'VARCHAR', 'DOUBLE'], orders.rows.slice(0, 3)),
    options: { ordered: true },
    messages: ["1 row missing (expected 4, got 3), for example (103, 'Bo Chen', 20)"],
  },
  {
    name: 'nested lists and structs compare deeply',
    expected: rs(['STRUCT(sku INTEGER)[]'], [[[{ sku: 1 }, { sku: 2 }]]]),
    actual: rs(['STRUCT(sku INTEGER)[]'], [[[{ sku: 1 }, { sku: 3 }]]]),
    messages: ['values in column 1 differ: expected [{sku: 1}, {sku: 2}], got [{sku: 1}, {sku: 3}]'],
  },
  {
    name: 'empty expected, rows given',
    expected: rs(['INTEGER'], []),
    actual: rs(['INTEGER'], [[1], [2]]),
    messages: ['2 rows too many (expected 0, got 2), for example (1)'],
  },
];

describe('compareResults', () => {
  it.each(cases)('$name', ({ actual, options, expected, messages }) => {
    const result = compareResults(expected ?? orders, actual, options);
    expect(result.problems.map((p) => p.message)).toEqual(messages);
    expect(result.ok).toBe(messages.length === 0);
  });

  it('matches 20 000 rows in another order quickly', () => {
    const rows: Cell[][] = Array.from({ length: 20_000 }, (_, i) => [i, `n${i % 97}`, i * 0.1]);
    const a = rs(['INTEGER', 'VARCHAR', 'DOUBLE'], rows);
    const b = rs(['INTEGER', 'VARCHAR', 'DOUBLE'], [...rows].reverse());
    const t0 = performance.now();
    expect(compareResults(a, b).ok).toBe(true);
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});

describe('compareResults as the pack runs it (every style must give the same answer, names too)', () => {
  const dec = (names: string[], rows: Cell[][], type = 'DECIMAL(38,2)'): ResultSet => ({ columns: names.map((name) => ({ name, type })), rows });
  it.each<[string, ResultSet, ResultSet, boolean, string[]]>([
    ['same rows, other order, unordered; names case-insensitive', dec(['a', 'b'], [[1, 'x'], [2, 'y']]), dec(['A', 'b'], [[2, 'y'], [1, 'x']]), false, []],
    ['other order, ordered', dec(['a'], [[1], [2]]), dec(['a'], [[2], [1]]), true, ['the rows are right but in the wrong order from row 1 on']],
    ['within tolerance, numeric string', dec(['s'], [['12345.67']]), dec(['s'], [[12345.670000000002]]), true, []],
    ['outside tolerance', dec(['s'], [[1.5]]), dec(['s'], [[1.6]]), true, ['column 1 differs from row 1 on: expected 1.5, got 1.6']],
    ['row count', dec(['a'], [[1]]), dec(['a'], []), false, ['1 row missing (expected 1, got 0), for example (1)']],
    ['column names', dec(['a'], [[1]]), dec(['b'], [[1]]), false, ['column 1 should be named a, not b']],
    ['column count', dec(['a'], [[1]]), dec(['a', 'b'], [[1, 2]]), false, ['one column too many (expected 1, got 2)']],
    ['text is not a number', dec(['z'], [['007']], 'VARCHAR'), dec(['z'], [['7']], 'VARCHAR'), false, ["values in column 1 differ: expected '007', got '7'"]],
    ['nested values', dec(['l'], [[[{ p: 1 }]]]), dec(['l'], [[[{ p: 1 }]]]), true, []],
    ['null vs value', dec(['a'], [[null]]), dec(['a'], [[0]]), true, ['column 1 differs from row 1 on: expected NULL, got 0']],
  ])('%s', (_label, expected, actual, ordered, messages) => {
    const verdict = compareResults(expected, actual, { ordered, checkColumns: true });
    expect(verdict.problems.map((p) => p.message)).toEqual(messages);
    expect(verdict.ok).toBe(messages.length === 0);
    expect(describeProblems(verdict)).toBe(messages.join('; '));
  });
});

describe('the default tolerance', () => {
  // Lessons used 1e-6 and packs 1e-9, so Compare and a lesson could disagree on the same two
  // results. 1e-9 is right: 1e-6 of twelve million is twelve, so a count off by five passed.
  const count = (n: number): ResultSet => rs(['BIGINT'], [[n]]);
  const amount = (n: number): ResultSet => rs(['DECIMAL(18,2)'], [[n]]);
  it('tells apart counts that differ by five in twelve million', () => {
    expect(DEFAULT_TOLERANCE).toBe(1e-9);
    expect(compareResults(count(12_000_000), count(12_000_005)).ok).toBe(false);
  });
  it('tells apart amounts that differ by a cent in a million', () => {
    expect(compareResults(amount(1_234_567.89), amount(1_234_567.9)).ok).toBe(false);
  });
  it('still absorbs the noise of a sum computed in another order', () => {
    const parts = [0.1, 0.2, 0.3, 1e6 / 3, 42.42];
    const forward = parts.reduce((s, x) => s + x, 0);
    const backward = [...parts].reverse().reduce((s, x) => s + x, 0);
    expect(compareResults(rs(['DOUBLE'], [[forward]]), rs(['DOUBLE'], [[backward]])).ok).toBe(true);
    expect(compareResults(rs(['DOUBLE'], [[0.1 + 0.2]]), rs(['DOUBLE'], [[0.3]])).ok).toBe(true);
  });
});
