import { useExport } from '../../components/useExport';
import type { Lesson } from '../../core/lessons/lessonSchema';
import type { Progress } from '../../core/lessons/progress';
import { reportCsv, reportMarkdown } from '../../core/lessons/report';

export interface ReportButtonsProps {
  lessons: Lesson[];
  progress: Progress;
}

/** Export the completion report as Markdown or CSV. */
export function ReportButtons({ lessons, progress }: ReportButtonsProps) {
  const { busy, error, run } = useExport();
  const day = new Date().toISOString().slice(0, 10);
  return (
    <div className="report-buttons" role="group" aria-label="Export my progress">
      <button type="button" disabled={busy} onClick={() => void run(() => ({ name: `lesson-report-${day}.md`, data: reportMarkdown(lessons, progress, new Date().toISOString()), mime: 'text/markdown' }))}>
        Report (Markdown)
      </button>
      <button type="button" disabled={busy} onClick={() => void run(() => ({ name: `lesson-report-${day}.csv`, data: reportCsv(lessons, progress), mime: 'text/csv' }))}>
        Report (CSV)
      </button>
      {error && <p role="alert">{error}</p>}
    </div>
  );
}
