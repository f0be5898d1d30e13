import { describe, expect, it } from 'vitest';
import type { Cell } from '../result';
import { cellDisplay, cellText, columnWidthChars, maxCellChars } from './cellText';

describe('cellText', () => {
  const cases: Array<[Cell, string]> = [
    [null, 'NULL'],
    ['NULL', 'NULL'],
    ['', ''],
    [42, '42'],
    [-0, '-0'],
    [1.5, '1.5'],
    [Number.NaN, 'NaN'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    ['12345678901234567890', '12345678901234567890'],
    [true, 'true'],
    [false, 'false'],
    [[1, 2, null], '[1,2,null]'],
    [{ a: 1, b: 'x', c: [{ d: null }] }, '{"a":1,"b":"x","c":[{"d":null}]}'],
    [[], '[]'],
  ];
  it.each(cases)('%j → %s', (cell, expected) => {
    expect(cellText(cell)).toBe(expected);
  });
});

describe('cellDisplay', () => {
  it.each([
    [13.7, 'DECIMAL(10,2)', '13.70'],
    [0, 'DECIMAL(18, 3)', '0.000'],
    [-2.5, 'DECIMAL(4,1)', '-2.5'],
    ['12345678901234567890.12', 'DECIMAL(38,2)', '12345678901234567890.12'],
    [13.7, 'DOUBLE', '13.7'],
    [null, 'DECIMAL(10,2)', 'NULL'],
  ] as const)('shows %j of type %s as %s', (cell, type, expected) => {
    expect(cellDisplay(cell, type)).toBe(expected);
  });
  it('keeps short text', () => {
    expect(cellDisplay('abc')).toBe('abc');
  });
  it('clips long text to the limit, ending with an ellipsis', () => {
    const shown = cellDisplay('x'.repeat(1000));
    expect(shown.length).toBe(maxCellChars);
    expect(shown.endsWith('…')).toBe(true);
  });
});

describe('columnWidthChars', () => {
  it.each([
    ['a tiny column gets the minimum', { name: 'x', type: 'INT' }, [1, 2], 6],
    ['the type can be the widest part', { name: 'x', type: 'STRUCT(a INTEGER)' }, [], 18],
    ['the longest value counts', { name: 'name', type: 'VARCHAR' }, ['Ada', 'Grace Hopper the admiral'], 25],
    ['long text is capped', { name: 'note', type: 'VARCHAR' }, ['x'.repeat(200)], 48],
    ['NULL counts as four characters', { name: 'ab', type: 'INT' }, [null], 6],
  ] as const)('%s', (_n, column, sample, expected) => {
    expect(columnWidthChars(column, sample as readonly Cell[])).toBe(expected);
  });
});
