/**
 * One axis of a chart: tick labels along one side and, when asked, grid lines across the plot.
 * Ticks come from a core layout (`Tick.at` is the position in px along the axis).
 */
import type { Tick } from '../core/chart/axis';
import './ChartAxis.css';

export interface ChartAxisProps {
  ticks: readonly Tick[];
  /** `bottom`/`top`: a horizontal axis, labels centred under/over each tick; `left`: a vertical one, labels right-aligned. */
  side: 'bottom' | 'top' | 'left';
  /** Where the labels stand across the axis: y for bottom/top, x for left. */
  at: number;
  /** Grid lines across the plot from … to (y for a horizontal axis, x for a vertical one); none when omitted. */
  grid?: readonly [number, number];
  /** Turn labels by this many degrees (long category names on a horizontal axis). */
  rotate?: number;
}

/** Tick labels and grid lines of one axis, in the SVG coordinates of the chart. */
export function ChartAxis({ ticks, side, at, grid, rotate }: ChartAxisProps) {
  return (
    <g className="chart-axis">
      {ticks.map((t, i) =>
        side === 'left' ? (
          <g key={i}>
            {grid && <line x1={grid[0]} x2={grid[1]} y1={t.at} y2={t.at} />}
            <text x={at} y={t.at} textAnchor="end" dominantBaseline="middle">
              {t.label}
            </text>
          </g>
        ) : (
          <g key={i}>
            {grid && <line x1={t.at} x2={t.at} y1={grid[0]} y2={grid[1]} />}
            <text x={t.at} y={at} textAnchor={rotate ? 'end' : 'middle'} transform={rotate ? `rotate(${rotate} ${t.at} ${at})` : undefined}>
              {t.label}
            </text>
          </g>
        ),
      )}
    </g>
  );
}
