import { describe, expect, it } from 'vitest';
import type { ResultSet } from '../result';
import { chartLayout } from './chartLayout';

const box = { width: 388, height: 276 }; // plot area 300 × 200
const bars: ResultSet = { columns: [{ name: 'line', type: 'VARCHAR' }, { name: 'sales', type: 'DECIMAL(18,2)' }], rows: [['Toys', '50.00'], ['Office', 100]] };

describe('chartLayout', () => {
  it('bars: band x, linear y from zero, DECIMAL text read as numbers', () => {
    const l = chartLayout({ title: 't', type: 'bar', sql: 's', x: 'line', y: 'sales' }, bars, box);
    expect(l.error).toBeUndefined();
    expect(l.marks.map((m) => [Math.round(m.x), Math.round(m.y), Math.round(m.w), Math.round(m.h), m.label])).toEqual([
      [27, 100, 109, 100, 'Toys: 50'],
      [164, 0, 109, 200, 'Office: 100'],
    ]);
    expect(l.yTicks.map((t) => t.label)).toEqual(['0', '20', '40', '60', '80', '100']);
  });

  it('line: a path through the points in result order', () => {
    const l = chartLayout({ title: 't', type: 'line', sql: 's', x: 'line', y: 'sales' }, bars, box);
    expect(l.path).toMatch(/^M[\d.]+,100L[\d.]+,0$/);
  });

  it('heatmap: correlations use a diverging scale and print their value', () => {
    const r: ResultSet = { columns: [{ name: 'a', type: 'VARCHAR' }, { name: 'b', type: 'VARCHAR' }, { name: 'r', type: 'DOUBLE' }], rows: [['x', 'y', -1], ['y', 'x', 1]] };
    const l = chartLayout({ title: 't', type: 'heatmap', sql: 's', x: 'a', y: 'b', value: 'r' }, r, box);
    expect(l.marks.map((m) => [m.fill, m.text])).toEqual([['rgb(5, 48, 97)', '-1'], ['rgb(103, 0, 31)', '1']]);
  });

  it('names a missing column instead of drawing', () => {
    expect(chartLayout({ title: 't', type: 'scatter', sql: 's', x: 'nope', y: 'sales' }, bars, box).error).toBe('no column nope in the result');
  });
});
