import { useState } from 'react';
import type { Chart } from '../../core/lessons/lessonSchema';
import type { ResultSet } from '../../core/result';
import { useStudio } from '../studio';
import { ChartSvg } from './ChartSvg';
import { LessonChartFrame } from './LessonChartFrame';

export interface LessonChartProps {
  chart: Chart;
  canRun: boolean;
}

/** A chart block: runs its query on request and draws the result (layout computed in core). */
export function LessonChart({ chart, canRun }: LessonChartProps) {
  const { engine } = useStudio();
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
    <LessonChartFrame title={chart.title} sql={chart.sql} runLabel={result ? 'Redraw' : 'Draw chart'} onRun={() => void draw()} canRun={canRun} error={error && `Error: ${error}`}>
      {result && <ChartSvg chart={chart} result={result} />}
    </LessonChartFrame>
  );
}
