import { describe, expect, it } from 'vitest';
import type { Cell, ResultSet } from '../result';
import { compareResults, type CheckOptions } from './compareResults';

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
