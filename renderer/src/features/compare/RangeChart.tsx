import type { RefObject } from 'react';
import { ChartAxis } from '../../components/ChartAxis';
import { rangeLayout } from '../../core/measure/charts';
import { styleColor } from '../../core/styles/styleInfo';

export interface RangeChartProps {
  rows: { group: string; series: string; median: number; min: number; max: number }[];
  groups: { id: string; label: string }[];
  series: string[];
  format: (v: number) => string;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
}

const WIDTH = 760;
const ROW = 22;
const MARGIN = { top: 28, right: 30, bottom: 30, left: 130 };

/**
 * Query times: per question a band of styles; a bar to the median and a whisker from min to max,
 * so overlapping whiskers say "no real difference".
 */
export function RangeChart({ rows, groups, series, format, svgRef, label }: RangeChartProps) {
  const ids = groups.map((g) => g.id);
  const { marks, ticks, height, groupBands } = rangeLayout(rows, ids, series, WIDTH, ROW, MARGIN, format);
  const titleOf = new Map(groups.map((g) => [g.id, g.label]));
  return (
    <svg ref={svgRef} className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label}>
      <ChartAxis side="bottom" ticks={ticks} at={height - 8} grid={[MARGIN.top, height - MARGIN.bottom]} />
      {/* The same scale over the top too: a long list of questions scrolls away from the bottom one. */}
      <ChartAxis side="top" ticks={ticks} at={18} />
      {groupBands.map((g) => (
        <g key={g.group} className="chart__group">
          <rect x={4} y={g.y + 2} width={WIDTH - 8} height={ROW - 4} className="chart__band" />
          <text x={10} y={g.y + ROW / 2 + 1} dominantBaseline="middle" className="chart__group-label">
            {titleOf.get(g.group) ?? g.group}
          </text>
        </g>
      ))}
      {marks.map((m) => (
        <g key={m.key} className="chart__range">
          <title>{`${titleOf.get(m.group) ?? m.group} — ${m.series}: median ${format(m.median)}, min ${format(m.min)}, max ${format(m.max)}`}</title>
          <text x={MARGIN.left - 8} y={m.y + m.height / 2} textAnchor="end" dominantBaseline="middle" className="chart__series-label">
            {m.series}
          </text>
          <rect x={MARGIN.left} y={m.y} width={Math.max(1, m.medianX - MARGIN.left)} height={m.height} fill={styleColor(m.series)} opacity={0.75} />
          <line x1={m.minX} x2={m.maxX} y1={m.y + m.height / 2} y2={m.y + m.height / 2} className="chart__whisker" />
          <line x1={m.minX} x2={m.minX} y1={m.y + 2} y2={m.y + m.height - 2} className="chart__whisker" />
          <line x1={m.maxX} x2={m.maxX} y1={m.y + 2} y2={m.y + m.height - 2} className="chart__whisker" />
        </g>
      ))}
    </svg>
  );
}
