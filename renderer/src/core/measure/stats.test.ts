import { describe, expect, it } from 'vitest';
import { compareTimings, median, ratio, summarize } from './stats';

describe('median', () => {
  it.each([
    [[], Number.NaN],
    [[5], 5],
    [[3, 1, 2], 2],
    [[4, 1, 3, 2], 2.5],
    [[10, 10, 1000, 10, 10], 10],
  ])('median(%j) = %d', (values, expected) => {
    expect(median(values)).toEqual(expected);
  });
});

describe('summarize', () => {
  it('gives median, min, max, mean and spread', () => {
    expect(summarize([12, 10, 11, 30, 10])).toEqual({ runs: 5, median: 11, min: 10, max: 30, mean: 14.6, spread: 20 });
  });
  it('refuses an empty list', () => {
    expect(() => summarize([])).toThrow(/no samples/);
  });
});

describe('compareTimings', () => {
  const s = (xs: number[]) => summarize(xs);
  it.each([
    ['clearly faster', [10, 11, 12], [50, 52, 55], 'faster'],
    ['clearly slower', [50, 52, 55], [10, 11, 12], 'slower'],
    ['ranges overlap', [10, 20, 40], [15, 25, 30], 'same'],
    ['within 10 %', [100, 101, 102], [105, 106, 107], 'same'],
    ['within 1 ms', [1.0, 1.1, 1.2], [1.9, 2.0, 2.1], 'same'],
    ['disjoint, beyond thresholds', [1.0, 1.1, 1.2], [3.0, 3.1, 3.2], 'faster'],
  ] as const)('%s', (_name, a, b, expected) => {
    expect(compareTimings(s([...a]), s([...b]))).toBe(expected);
  });
});

describe('ratio', () => {
  it.each([
    [30, 10, 3],
    [10, 3, 3.33],
    [5, 0, null],
  ])('ratio(%d, %d) = %s', (v, b, expected) => {
    expect(ratio(v, b)).toBe(expected);
  });
});
