import { describe, expect, it } from 'vitest';
import { barLayout, byteUnit, logLogLayout, rangeLayout, spreadLabels } from './charts';

const m = { top: 10, right: 10, bottom: 20, left: 100 };

describe('barLayout', () => {
  it('scales bar widths from zero and bands rows evenly', () => {
    const { bars, ticks } = barLayout(
      [{ key: 'a', label: 'A', value: 50 }, { key: 'b', label: 'B', value: 100 }],
      610, 130, m, String,
    );
    expect(bars.map((b) => b.width)).toEqual([250, 500]);
    expect(bars[0]!.x).toBe(100);
    expect(bars[1]!.y).toBeGreaterThan(bars[0]!.y);
    expect(ticks[0]).toEqual({ at: 100, label: '0' });
    expect(ticks.at(-1)).toEqual({ at: 600, label: '100' });
  });
  it('draws zero-width bars when every value is 0', () => {
    expect(barLayout([{ key: 'a', label: 'A', value: 0 }], 610, 130, m, String).bars[0]!.width).toBe(0);
  });
});

describe('byte ticks', () => {
  it.each([
    [1000, 1],
    [3000, 1024],
    [3 * 1024 * 1024, 1024 * 1024],
  ])('byteUnit(%d) = %d', (max, unit) => expect(byteUnit(max)).toBe(unit));
  it('puts ticks on whole MiB', () => {
    const mib = 1024 * 1024;
    const { ticks } = barLayout([{ key: 'a', label: 'A', value: 3.3 * mib }], 610, 130, m, (v) => String(v / mib), mib);
    expect(ticks.map((t) => t.label)).toEqual(['0', '0.5', '1', '1.5', '2', '2.5', '3', '3.5']);
  });
});

describe('rangeLayout', () => {
  it('places median, min and max on one linear axis, groups stacked', () => {
    const { marks, height } = rangeLayout(
      [
        { group: 'q1', series: 's1', median: 10, min: 5, max: 20 },
        { group: 'q2', series: 's2', median: 40, min: 30, max: 50 },
      ],
      ['q1', 'q2'], ['s1', 's2'], 600, 20, m, String,
    );
    // x: 0 → 100 px, 50 → 590 px
    expect(marks[0]).toMatchObject({ minX: 149, medianX: 198, maxX: 296 });
    // each group: a title row, then one row per series
    expect(marks[0]!.y).toBe(10 + 20 + 3);
    expect(marks[1]!.y).toBe(10 + 60 + 2 * 20 + 3);
    expect(height).toBe(10 + 20 + 2 * 3 * 20);
  });
});

describe('logLogLayout', () => {
  it('widens to decades and puts ×10 steps at equal distances', () => {
    const { lines, xTicks, yTicks } = logLogLayout(
      [{ series: 'nf3', points: [{ x: 10000, y: 20 }, { x: 1000, y: 2 }, { x: 100000, y: 200 }] }],
      400, 300, { top: 0, right: 0, bottom: 0, left: 0 }, String, String,
    );
    const p = lines[0]!.points;
    expect(p.map((q) => q.x)).toEqual([1000, 10000, 100000]);
    expect(p[1]!.px - p[0]!.px).toBeCloseTo(p[2]!.px - p[1]!.px, 6);
    expect(xTicks.map((t) => t.label)).toEqual(['1000', '10000', '100000']);
    expect(yTicks.map((t) => t.label)).toEqual(['1', '10', '100', '1000']);
    expect(lines[0]!.path.startsWith('M0,')).toBe(true);
  });
  it('drops points that cannot sit on a log axis', () => {
    const { lines } = logLogLayout([{ series: 's', points: [{ x: 10, y: 0 }, { x: 100, y: 5 }] }], 100, 100, m, String, String);
    expect(lines[0]!.points).toHaveLength(1);
  });
});

describe('spreadLabels', () => {
  it.each([
    ['apart already', [10, 50, 90], [10, 50, 90]],
    ['two on the same spot', [50, 50], [50, 66]],
    ['a cluster keeps its vertical order', [52, 50, 51], [82, 50, 66]],
    ['pushed back from the bottom edge', [95, 96], [84, 100]],
  ])('%s', (_name, wanted, expected) => {
    expect(spreadLabels(wanted, 16, 0, 100)).toEqual(expected);
  });
});
