import { useState } from 'react';
import type { Chart } from '../../core/lessons/lessonSchema';
import type { ResultSet } from '../../core/result';
import { useStudio } from '../studio';
import { ChartSvg } from './ChartSvg';
import './LessonChart.css';

export interface LessonChartProps {
  chart: Chart;
  canRun: boolean;
}

/** A chart block: runs its query on request and draws the result (layout computed in core). */
export function LessonChart({ chart, canRun }: LessonChartProps) {
  const { engine, openInEditor } = useStudio();
  const [result, setResult] = useState<ResultSet | null>(null);
  const [error, setError] = useState<string | null>(null);
  const draw = async () => {
    try {
      setError(null);
      setResult(await engine.query(chart.sql));
    } catch (e) {
      setError((e as Error).message);
    }
  };
  return (
    <figure className="lesson-chart">
      <figcaption>{chart.title}</figcaption>
      <div className="lesson-chart__actions">
        <button type="button" onClick={draw} disabled={!canRun}>
          {result ? 'Redraw' : 'Draw chart'}
        </button>
        <button type="button" onClick={() => openInEditor(chart.sql, { title: chart.title })}>
          Open query in editor
        </button>
      </div>
      {error && <p className="sql-block__error" role="alert">Error: {error}</p>}
      {result && <ChartSvg chart={chart} result={result} />}
    </figure>
  );
}
