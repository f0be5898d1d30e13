import { describe, expect, it } from 'vitest';
import { isNumericType } from './cellText';

describe('isNumericType', () => {
  it.each([
    ['INTEGER', true], ['BIGINT', true], ['HUGEINT', true], ['UBIGINT', true], ['DOUBLE', true], ['FLOAT', true],
    ['DECIMAL(18,3)', true], ['DECIMAL(9, 2)', true], ['decimal(4,1)', true], [' REAL ', true],
    ['VARCHAR', false], ['DATE', false], ['BOOLEAN', false], ['STRUCT(a INTEGER)', false],
    ['INTERVAL', false], ['TIMESTAMP', false], [undefined, false],
  ] as const)('%s → %s', (type, expected) => {
    expect(isNumericType(type)).toBe(expected);
  });

  // The grid, the lesson checker and the pack's question comparer each had a pattern; these are
  // the types on which they disagreed, and what the one pattern answers.
  it.each([
    // A bare DECIMAL / NUMERIC (as a cast writes it) is a number.
    ['DECIMAL', true], ['NUMERIC', true],
    // DuckDB's aliases INT8 (BIGINT), INT4, FLOAT8 (DOUBLE) are numbers too.
    ['INT8', true], ['INT4', true], ['FLOAT8', true],
    // A list of numbers is a list: its text '[1, 2]' must not be read as a number nor right-aligned.
    ['INTEGER[]', false], ['DECIMAL(18,3)[]', false], ['BIGINT[3]', false],
  ] as const)('where the old patterns disagreed: %s → %s', (type, expected) => {
    expect(isNumericType(type)).toBe(expected);
  });
});
