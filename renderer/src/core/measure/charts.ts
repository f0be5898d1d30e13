/**
 * Chart geometry for the comparison screen. d3 computes scales, ticks and paths here; React only
 * draws the rectangles and lines these functions return, so layouts are tested without a DOM.
 */
import { scaleBand, scaleLinear, scaleLog } from 'd3-scale';
import { line } from 'd3-shape';
import type { Margins, Tick } from '../chart/axis';

/** One horizontal bar. */
export interface Bar {
  key: string;
  label: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Horizontal bars, one per item, with a linear value axis starting at 0. `tickUnit` makes ticks
 * round in that unit (e.g. 1 MiB = 1048576 gives 0, 2, 4 MiB rather than 0, 2,000,000 bytes).
 */
export function barLayout(
  items: readonly { key: string; label: string; value: number }[],
  width: number,
  height: number,
  margin: Margins,
  format: (v: number) => string,
  tickUnit = 1,
): { bars: Bar[]; ticks: Tick[] } {
  const max = Math.max(0, ...items.map((i) => i.value));
  const inUnit = scaleLinear().domain([0, max / tickUnit || 1]).nice();
  const x = scaleLinear().domain([0, inUnit.domain()[1]! * tickUnit]).range([margin.left, width - margin.right]);
  const y = scaleBand<string>().domain(items.map((i) => i.key)).range([margin.top, height - margin.bottom]).padding(0.2);
  const bars = items.map((i) => ({
    key: i.key,
    label: i.label,
    value: i.value,
    x: margin.left,
    y: y(i.key) ?? 0,
    width: Math.max(0, x(i.value) - margin.left),
    height: y.bandwidth(),
  }));
  return { bars, ticks: inUnit.ticks(5).map((t) => ({ at: x(t * tickUnit), label: format(t * tickUnit) })) };
}

/** The power of 1024 that suits `max` bytes as a tick unit (1, 1 KiB, 1 MiB, …). */
export function byteUnit(max: number): number {
  let unit = 1;
  while (max / unit >= 1024 * 2) unit *= 1024;
  return unit;
}

/** One style's timing within a question group: median bar and min–max whisker. */
export interface RangeMark {
  key: string;
  group: string;
  series: string;
  y: number;
  height: number;
  medianX: number;
  minX: number;
  maxX: number;
  median: number;
  min: number;
  max: number;
}

/**
 * Grouped timing marks: for each group (question) a header row for its title, then one row per
 * series (style) with a bar to the median and a whisker from min to max. The x axis starts at 0
 * so bar lengths compare honestly.
 */
export function rangeLayout(
  rows: readonly { group: string; series: string; median: number; min: number; max: number }[],
  groups: readonly string[],
  series: readonly string[],
  width: number,
  rowHeight: number,
  margin: Margins,
  format: (v: number) => string,
): { marks: RangeMark[]; ticks: Tick[]; height: number; groupBands: { group: string; y: number; height: number }[] } {
  const groupHeight = (series.length + 1) * rowHeight;
  const height = margin.top + margin.bottom + groups.length * groupHeight;
  const max = Math.max(0, ...rows.map((r) => r.max));
  const x = scaleLinear().domain([0, max || 1]).nice().range([margin.left, width - margin.right]);
  const groupY = (g: string) => margin.top + groups.indexOf(g) * groupHeight;
  const marks = rows
    .filter((r) => groups.includes(r.group) && series.includes(r.series))
    .map((r) => ({
      key: `${r.group}/${r.series}`,
      group: r.group,
      series: r.series,
      y: groupY(r.group) + (series.indexOf(r.series) + 1) * rowHeight + rowHeight * 0.15,
      height: rowHeight * 0.7,
      medianX: x(r.median),
      minX: x(r.min),
      maxX: x(r.max),
      median: r.median,
      min: r.min,
      max: r.max,
    }));
  const groupBands = groups.map((g) => ({ group: g, y: groupY(g), height: groupHeight }));
  return { marks, ticks: x.ticks(5).map((t) => ({ at: x(t), label: format(t) })), height, groupBands };
}

/** One line of a log-log chart. */
export interface LogLine {
  series: string;
  path: string;
  points: { x: number; y: number; px: number; py: number }[];
}

/** Powers of ten within [lo, hi] as ticks (log axes label decades only, readable on a projector). */
function decadeTicks(lo: number, hi: number, scale: (v: number) => number, format: (v: number) => string): Tick[] {
  const ticks: Tick[] = [];
  for (let p = Math.floor(Math.log10(lo)); p <= Math.ceil(Math.log10(hi)); p++) {
    const v = 10 ** p;
    if (v >= lo * 0.999 && v <= hi * 1.001) ticks.push({ at: scale(v), label: format(v) });
  }
  return ticks;
}

/**
 * Log-log lines, one per series. Non-positive values cannot sit on a log axis and are dropped
 * (a time of 0 ms means "below the timer's resolution", not a point to draw).
 */
export function logLogLayout(
  series: readonly { series: string; points: readonly { x: number; y: number }[] }[],
  width: number,
  height: number,
  margin: Margins,
  formatX: (v: number) => string,
  formatY: (v: number) => string,
): { lines: LogLine[]; xTicks: Tick[]; yTicks: Tick[] } {
  const all = series.flatMap((s) => s.points.filter((p) => p.x > 0 && p.y > 0));
  const xs = all.map((p) => p.x);
  const ys = all.map((p) => p.y);
  const xDomain: [number, number] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [1, 10];
  const yDomain: [number, number] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [1, 10];
  // Widen to whole decades so slopes read as "×10 data → ×k cost".
  const widen = ([lo, hi]: [number, number]): [number, number] => [10 ** Math.floor(Math.log10(lo)), 10 ** Math.ceil(Math.log10(hi === lo ? hi * 10 : hi))];
  const xd = widen(xDomain);
  const yd = widen(yDomain);
  const x = scaleLog().domain(xd).range([margin.left, width - margin.right]);
  const y = scaleLog().domain(yd).range([height - margin.bottom, margin.top]);
  const toPath = line<{ px: number; py: number }>().x((p) => p.px).y((p) => p.py);
  const lines = series.map((s) => {
    const points = s.points
      .filter((p) => p.x > 0 && p.y > 0)
      .slice()
      .sort((a, b) => a.x - b.x)
      .map((p) => ({ x: p.x, y: p.y, px: x(p.x), py: y(p.y) }));
    return { series: s.series, points, path: points.length ? toPath(points) ?? '' : '' };
  });
  return { lines, xTicks: decadeTicks(xd[0], xd[1], x, formatX), yTicks: decadeTicks(yd[0], yd[1], y, formatY) };
}

/**
 * Positions for end-of-line labels so they do not overlap: each label as close as possible to
 * its wanted y, at least `gap` px from its neighbours, kept within [lo, hi]. Returns the new y
 * of each label in input order.
 */
export function spreadLabels(wanted: readonly number[], gap: number, lo: number, hi: number): number[] {
  const order = wanted.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
  const placed = order.map((o) => o.y);
  // Push down past the previous label, then pull back up from the bottom edge.
  for (let k = 0; k < placed.length; k++) placed[k] = Math.max(placed[k]!, k === 0 ? lo : placed[k - 1]! + gap);
  for (let k = placed.length - 1; k >= 0; k--) placed[k] = Math.min(placed[k]!, k === placed.length - 1 ? hi : placed[k + 1]! - gap);
  const out = new Array<number>(wanted.length);
  order.forEach((o, k) => (out[o.i] = placed[k]!));
  return out;
}
