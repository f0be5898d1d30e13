import { ChartAxis } from '../../components/ChartAxis';
import { chartLayout, MARGIN } from '../../core/lessons/chartLayout';
import type { Chart } from '../../core/lessons/lessonSchema';
import type { ResultSet } from '../../core/result';
import './LessonChart.css';

export interface ChartSvgProps {
  chart: Chart;
  result: ResultSet;
}

const BOX = { width: 720, height: 340 };

/** Draws a chart of a result (layout computed in core), or says why it cannot. */
export function ChartSvg({ chart, result }: ChartSvgProps) {
  const layout = chartLayout(chart, result, BOX);
  const plotH = BOX.height - MARGIN.top - MARGIN.bottom;
  if (layout.error) return <p className="sql-block__error" role="alert">Chart: {layout.error}</p>;
  return (
    <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-label={`${chart.title}: ${chart.type} chart of ${chart.y} by ${chart.x}, ${result.rows.length} points`}>
      <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
        {/* A heatmap's cells fill the plot: grid lines would only cut through them. */}
        <ChartAxis side="left" ticks={layout.yTicks} at={-6} grid={chart.type === 'heatmap' ? undefined : [0, BOX.width - MARGIN.left - MARGIN.right]} />
        <ChartAxis side="bottom" ticks={layout.xTicks} at={plotH + 14} rotate={-30} />
        {layout.path && <path d={layout.path} className="lesson-chart__line" />}
        {layout.marks.map((m, i) =>
          chart.type === 'scatter' || chart.type === 'line' ? (
            <circle key={i} cx={m.x} cy={m.y} r={m.w / 2 + 1} fill={m.fill}><title>{m.label}</title></circle>
          ) : (
            <g key={i}>
              <rect x={m.x} y={m.y} width={m.w} height={m.h} fill={m.fill}><title>{m.label}</title></rect>
              {m.text && <text x={m.x + m.w / 2} y={m.y + m.h / 2} dy="0.32em" textAnchor="middle" className="lesson-chart__cell">{m.text}</text>}
            </g>
          ),
        )}
      </g>
    </svg>

  );
}
