import type { ReactNode } from 'react';
import { useStudio } from '../studio';
import './LessonChart.css';

export interface LessonChartFrameProps {
  title: string;
  /** The block's query, offered in the editor. */
  sql: string;
  /** The button that runs the query and draws ("Draw chart", "Fit PCA"). */
  runLabel: string;
  onRun(): void;
  canRun: boolean;
  /** What went wrong on the last run, shown as an alert. */
  error: string | null;
  children: ReactNode;
}

/** The frame of a lesson figure (chart or PCA): title, run and "open in editor" buttons, error, the drawing. */
export function LessonChartFrame({ title, sql, runLabel, onRun, canRun, error, children }: LessonChartFrameProps) {
  const { openInEditor } = useStudio();
  return (
    <figure className="lesson-chart">
      <figcaption>{title}</figcaption>
      <div className="lesson-chart__actions">
        <button type="button" onClick={onRun} disabled={!canRun}>
          {runLabel}
        </button>
        <button type="button" onClick={() => openInEditor(sql, { title })}>
          Open query in editor
        </button>
      </div>
      {error && <p className="sql-block__error" role="alert">{error}</p>}
      {children}
    </figure>
  );
}
