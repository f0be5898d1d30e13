import type { Lesson } from '../../core/lessons/lessonSchema';
import type { Progress } from '../../core/lessons/progress';
import { reportCsv, reportMarkdown } from '../../core/lessons/report';

export interface ReportButtonsProps {
  lessons: Lesson[];
  progress: Progress;
}

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Export the completion report as Markdown or CSV. */
export function ReportButtons({ lessons, progress }: ReportButtonsProps) {
  const day = new Date().toISOString().slice(0, 10);
  return (
    <div className="report-buttons" role="group" aria-label="Export my progress">
      <button type="button" onClick={() => download(`lesson-report-${day}.md`, 'text/markdown', reportMarkdown(lessons, progress, new Date().toISOString()))}>
        Report (Markdown)
      </button>
      <button type="button" onClick={() => download(`lesson-report-${day}.csv`, 'text/csv', reportCsv(lessons, progress))}>
        Report (CSV)
      </button>
    </div>
  );
}
