import { describe, expect, it } from 'vitest';
import type { ResultSet } from '../result';
import { compareResults } from './compareResults';

const rs = (names: string[], rows: ResultSet['rows'], type = 'DECIMAL(38,2)'): ResultSet => ({ columns: names.map((name) => ({ name, type })), rows });

describe('compareResults', () => {
  it.each([
    ['same rows, other order, unordered', rs(['a', 'b'], [[1, 'x'], [2, 'y']]), rs(['A', 'b'], [[2, 'y'], [1, 'x']]), false, { equal: true }],
    ['other order, ordered', rs(['a'], [[1], [2]]), rs(['a'], [[2], [1]]), true, { equal: false, difference: 'row 1, column a: [2] instead of [1]' }],
    ['within tolerance, numeric string', rs(['s'], [['12345.67']]), rs(['s'], [[12345.670000000002]]), true, { equal: true }],
    ['outside tolerance', rs(['s'], [[1.5]]), rs(['s'], [[1.6]]), true, { equal: false, difference: 'row 1, column s: [1.6] instead of [1.5]' }],
    ['row count', rs(['a'], [[1]]), rs(['a'], []), false, { equal: false, difference: '0 rows instead of 1' }],
    ['column names', rs(['a'], [[1]]), rs(['b'], [[1]]), false, { equal: false, difference: 'column 1 is named b instead of a' }],
    ['column count', rs(['a'], [[1]]), rs(['a', 'b'], [[1, 2]]), false, { equal: false, difference: '2 columns instead of 1' }],
    ['text is not a number', rs(['z'], [['007']], 'VARCHAR'), rs(['z'], [['7']], 'VARCHAR'), false, { equal: false, difference: 'row 1 (after sorting), column z: ["7"] instead of ["007"]' }],
    ['nested values', rs(['l'], [[[{ p: 1 }]]]), rs(['l'], [[[{ p: 1 }]]]), true, { equal: true }],
    ['null vs value', rs(['a'], [[null]]), rs(['a'], [[0]]), true, { equal: false, difference: 'row 1, column a: [0] instead of [null]' }],
  ])('%s', (_label, expected, actual, ordered, result) => {
    expect(compareResults(expected, actual, { ordered })).toEqual(result);
  });
});
