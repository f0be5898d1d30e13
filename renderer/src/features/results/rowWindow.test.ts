import { describe, expect, it } from 'vitest';
import { computeRowWindow, type RowWindowInput } from './rowWindow';

const base: RowWindowInput = { rowCount: 1000, rowHeight: 30, viewportHeight: 300, scrollTop: 0, overscan: 5, maxHeight: 1_000_000 };

describe('computeRowWindow', () => {
  const cases: Array<[string, Partial<RowWindowInput>, { start: number; end: number; offsetY: number; totalHeight: number }]> = [
    ['top of a short result', { rowCount: 3 }, { start: 0, end: 3, offsetY: 0, totalHeight: 90 }],
    ['empty result', { rowCount: 0 }, { start: 0, end: 0, offsetY: 0, totalHeight: 0 }],
    ['top', {}, { start: 0, end: 16, offsetY: 0, totalHeight: 30_000 }],
    ['scrolled to row 100', { scrollTop: 3000 }, { start: 95, end: 116, offsetY: 2850, totalHeight: 30_000 }],
    ['half a row scrolled', { scrollTop: 3015 }, { start: 95, end: 116, offsetY: 2850, totalHeight: 30_000 }],
    ['bottom', { scrollTop: 29_700 }, { start: 985, end: 1000, offsetY: 29_550, totalHeight: 30_000 }],
    ['scroll beyond the end is clamped', { scrollTop: 99_999 }, { start: 985, end: 1000, offsetY: 29_550, totalHeight: 30_000 }],
    ['negative scroll is clamped', { scrollTop: -50 }, { start: 0, end: 16, offsetY: 0, totalHeight: 30_000 }],
  ];
  it.each(cases)('%s', (_name, input, expected) => {
    expect(computeRowWindow({ ...base, ...input })).toEqual(expected);
  });

  describe('beyond the height cap', () => {
    // 1,000,000 rows of 30 px would need 30 M px; cap at 3,000,300 px so the scroll range is 3 M px.
    const big: RowWindowInput = { ...base, rowCount: 1_000_000, maxHeight: 3_000_300 };
    it('starts at row 0', () => {
      expect(computeRowWindow(big)).toEqual({ start: 0, end: 16, offsetY: 0, totalHeight: 3_000_300 });
    });
    it('maps the middle of the scroll bar to the middle of the rows', () => {
      const w = computeRowWindow({ ...big, scrollTop: 1_500_000 });
      // top row = 0.5 × (1,000,000 − 10) = 499,995
      expect(w.start).toBe(499_990);
      expect(w.end).toBe(500_011);
      expect(w.offsetY).toBe(1_500_000 - 5 * 30);
    });
    it('shows the last row flush with the bottom at the end', () => {
      const w = computeRowWindow({ ...big, scrollTop: 3_000_000 });
      expect(w.end).toBe(1_000_000);
      // row 999,999 ends exactly at scrollTop + viewportHeight
      expect(w.offsetY + (w.end - w.start) * 30).toBe(3_000_000 + 300);
    });
  });
});
