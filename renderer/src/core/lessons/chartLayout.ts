/**
 * Layout of a lesson chart (bar, line, scatter, heatmap) from a query result: d3 computes scales
 * and positions here, React only draws the marks. Pure.
 */
import { interpolateBlues, interpolateRdBu, line, scaleBand, scaleLinear, scalePoint } from 'd3';
import type { Tick } from '../chart/axis';
import type { Cell, ResultSet } from '../result';
import type { Chart } from './lessonSchema';

export interface ChartBox {
  width: number;
  height: number;
}

/** Where the plot area sits inside the SVG. */
export const MARGIN = { top: 12, right: 16, bottom: 64, left: 72 };


export interface Mark {
  x: number;
  y: number;
  w: number;
  h: number;
  fill: string;
  /** Tooltip / accessible text. */
  label: string;
  /** Text drawn inside (heatmap values). */
  text?: string;
}

export interface ChartLayout {
  marks: Mark[];
  /** A line path (line charts). */
  path?: string;
  xTicks: Tick[];
  yTicks: Tick[];
  /** Problems such as a missing column; the chart is not drawn when set. */
  error?: string;
}

function num(cell: Cell): number {
  return typeof cell === 'number' ? cell : Number(cell);
}

function text(cell: Cell): string {
  return cell === null ? 'NULL' : typeof cell === 'object' ? JSON.stringify(cell) : String(cell);
}

function short(n: number): string {
  return Math.abs(n) >= 1000 ? `${Number((n / 1000).toPrecision(3))}k` : String(Number(n.toPrecision(3)));
}

/** Lay out `chart` for `result` in a box. */
export function chartLayout(chart: Chart, result: ResultSet, box: ChartBox): ChartLayout {
  const names = result.columns.map((c) => c.name);
  const col = (name: string | undefined) => (name === undefined ? -1 : names.indexOf(name));
  const xi = col(chart.x);
  const yi = col(chart.y);
  const vi = col(chart.value);
  const missing = [chart.x, chart.y, ...(chart.type === 'heatmap' ? [chart.value ?? '(value)'] : [])].filter((n) => col(n) < 0);
  if (missing.length > 0) return { marks: [], xTicks: [], yTicks: [], error: `no column ${missing.join(', ')} in the result` };
  const w = box.width - MARGIN.left - MARGIN.right;
  const h = box.height - MARGIN.top - MARGIN.bottom;
  const rows = result.rows;
  const ys = rows.map((r) => num(r[yi] as Cell));

  if (chart.type === 'heatmap') {
    const xs = [...new Set(rows.map((r) => text(r[xi] as Cell)))];
    const yc = [...new Set(rows.map((r) => text(r[yi] as Cell)))];
    const x = scaleBand(xs, [0, w]).padding(0.04);
    const y = scaleBand(yc, [0, h]).padding(0.04);
    const values = rows.map((r) => num(r[vi] as Cell));
    const diverging = values.every((v) => v >= -1 && v <= 1);
    const max = Math.max(...values.map(Math.abs), 1e-9);
    const color = (v: number) => (diverging ? interpolateRdBu((1 - v) / 2) : interpolateBlues(v / max));
    const marks = rows.map((r, i) => ({
      x: x(text(r[xi] as Cell)) ?? 0, y: y(text(r[yi] as Cell)) ?? 0, w: x.bandwidth(), h: y.bandwidth(),
      fill: color(values[i] as number), label: `${text(r[xi] as Cell)} × ${text(r[yi] as Cell)}: ${values[i]}`, text: short(values[i] as number),
    }));
    return { marks, xTicks: xs.map((l) => ({ at: (x(l) ?? 0) + x.bandwidth() / 2, label: l })), yTicks: yc.map((l) => ({ at: (y(l) ?? 0) + y.bandwidth() / 2, label: l })) };
  }

  const yMax = Math.max(0, ...ys);
  const yMin = Math.min(0, ...ys);
  const y = scaleLinear([yMin, yMax || 1], [h, 0]).nice();
  const yTicks = y.ticks(5).map((t) => ({ at: y(t), label: short(t) }));

  if (chart.type === 'scatter') {
    const xs = rows.map((r) => num(r[xi] as Cell));
    const x = scaleLinear([Math.min(0, ...xs), Math.max(...xs, 1)], [0, w]).nice();
    const marks = rows.map((r, i) => ({ x: x(xs[i] as number), y: y(ys[i] as number), w: 5, h: 5, fill: '#0b57d0', label: `${chart.x} ${xs[i]}, ${chart.y} ${ys[i]}` }));
    return { marks, xTicks: x.ticks(6).map((t) => ({ at: x(t), label: short(t) })), yTicks };
  }

  const labels = rows.map((r) => text(r[xi] as Cell));
  const every = Math.max(1, Math.ceil(labels.length / 12));
  if (chart.type === 'line') {
    const x = scalePoint(labels, [0, w]).padding(0.3);
    const points = labels.map((l, i) => [x(l) ?? 0, y(ys[i] as number)] as [number, number]);
    const marks = points.map(([px, py], i) => ({ x: px, y: py, w: 4, h: 4, fill: '#0b57d0', label: `${labels[i]}: ${ys[i]}` }));
    return { marks, path: line()(points) ?? '', xTicks: labels.flatMap((l, i) => (i % every === 0 ? [{ at: x(l) ?? 0, label: l }] : [])), yTicks };
  }
  const x = scaleBand(labels, [0, w]).padding(0.2);
  const marks = labels.map((l, i) => {
    const v = ys[i] as number;
    return { x: x(l) ?? 0, y: y(Math.max(0, v)), w: x.bandwidth(), h: Math.abs(y(v) - y(0)), fill: '#0b57d0', label: `${l}: ${v}` };
  });
  return { marks, xTicks: labels.flatMap((l, i) => (i % every === 0 ? [{ at: (x(l) ?? 0) + x.bandwidth() / 2, label: l }] : [])), yTicks };
}
