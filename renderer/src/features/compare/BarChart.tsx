import type { RefObject } from 'react';
import { ChartAxis } from '../../components/ChartAxis';
import { barLayout } from '../../core/measure/charts';
import { styleColor } from '../../core/styles/styleInfo';

export interface BarChartProps {
  items: { key: string; label: string; value: number }[];
  /** Short figure on axis ticks and at bar ends. */
  format: (v: number) => string;
  /** Exact figure shown on hover. */
  exact: (v: number) => string;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
  /** Ticks fall on whole multiples of this unit (see core `byteUnit`). */
  tickUnit?: number;
}

const WIDTH = 760;
const ROW = 38;
const MARGIN = { top: 8, right: 110, bottom: 30, left: 130 };

/** Horizontal bars, one per style, coloured by style; exact figure on hover (SVG title). */
export function BarChart({ items, format, exact, svgRef, label, tickUnit = 1 }: BarChartProps) {
  const height = MARGIN.top + MARGIN.bottom + items.length * ROW;
  const { bars, ticks } = barLayout(items, WIDTH, height, MARGIN, format, tickUnit);
  return (
    <svg ref={svgRef} className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
      <ChartAxis side="bottom" ticks={ticks} at={height - 8} grid={[MARGIN.top, height - MARGIN.bottom]} />
      {bars.map((b) => (
        <g key={b.key} className="chart__bar">
          <title>{`${b.label}: ${exact(b.value)}`}</title>
          <text x={MARGIN.left - 10} y={b.y + b.height / 2} textAnchor="end" dominantBaseline="middle">
            {b.label}
          </text>
          <rect x={b.x} y={b.y} width={Math.max(1, b.width)} height={b.height} fill={styleColor(b.key)} />
          <text x={b.x + b.width + 8} y={b.y + b.height / 2} dominantBaseline="middle" className="chart__value">
            {format(b.value)}
          </text>
        </g>
      ))}
    </svg>
  );
}
