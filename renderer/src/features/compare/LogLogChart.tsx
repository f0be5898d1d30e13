import type { RefObject } from 'react';
import { ChartAxis } from '../../components/ChartAxis';
import { logLogLayout, spreadLabels } from '../../core/measure/charts';
import { styleColor } from '../../core/styles/styleInfo';

export interface LogLogChartProps {
  series: { series: string; points: { x: number; y: number }[] }[];
  formatX: (v: number) => string;
  formatY: (v: number) => string;
  xLabel: string;
  yLabel: string;
  svgRef: RefObject<SVGSVGElement | null>;
  label: string;
}

const WIDTH = 760;
const HEIGHT = 360;
const MARGIN = { top: 12, right: 130, bottom: 50, left: 90 };

/** Log-log lines, one per style, labelled at their right end. */
export function LogLogChart({ series, formatX, formatY, xLabel, yLabel, svgRef, label }: LogLogChartProps) {
  const { lines, xTicks, yTicks } = logLogLayout(series, WIDTH, HEIGHT, MARGIN, formatX, formatY);
  const ends = lines.map((l) => l.points.at(-1));
  const labelY = spreadLabels(ends.map((p) => p?.py ?? 0), 18, MARGIN.top, HEIGHT - MARGIN.bottom);
  return (
    <svg ref={svgRef} className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={label}>
      <ChartAxis side="bottom" ticks={xTicks} at={HEIGHT - MARGIN.bottom + 18} grid={[MARGIN.top, HEIGHT - MARGIN.bottom]} />
      <ChartAxis side="left" ticks={yTicks} at={MARGIN.left - 8} grid={[MARGIN.left, WIDTH - MARGIN.right]} />
      <text x={(MARGIN.left + WIDTH - MARGIN.right) / 2} y={HEIGHT - 10} textAnchor="middle" className="chart__axis-label">
        {xLabel}
      </text>
      <text x={18} y={(MARGIN.top + HEIGHT - MARGIN.bottom) / 2} className="chart__axis-label" textAnchor="middle" dominantBaseline="hanging" transform={`rotate(-90 18 ${(MARGIN.top + HEIGHT - MARGIN.bottom) / 2})`}>
        {yLabel}
      </text>
      {lines.map((l, i) => {
        const last = ends[i];
        return (
          <g key={l.series} className="chart__line">
            <path d={l.path} fill="none" stroke={styleColor(l.series)} strokeWidth={2.5} />
            {l.points.map((p) => (
              <circle key={p.x} cx={p.px} cy={p.py} r={4} fill={styleColor(l.series)}>
                <title>{`${l.series} at ${formatX(p.x)}: ${formatY(p.y)}`}</title>
              </circle>
            ))}
            {last && (
              <text x={last.px + 8} y={labelY[i]} dominantBaseline="middle" style={{ fill: styleColor(l.series), fontWeight: 600 }}>
                {l.series}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
