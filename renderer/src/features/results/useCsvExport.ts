/** Export the current result as a CSV download (web: a Blob and a temporary link). */
import { useState } from 'react';
import { toCsv } from '../../core/format/csv';
import type { QueryRunner } from './queryRun';

/** `exportCsv` fetches the remaining rows, then downloads `result.csv`. */
export function useCsvExport(runner: QueryRunner): { exporting: boolean; exportCsv(): void } {
  const [exporting, setExporting] = useState(false);
  const exportCsv = () => {
    setExporting(true);
    void runner
      .fetchAll()
      .then(() => {
        const { columns, rows } = runner.get();
        const url = URL.createObjectURL(new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
        const link = document.createElement('a');
        link.href = url;
        link.download = 'result.csv';
        link.click();
        setTimeout(() => URL.revokeObjectURL(url), 10_000);
      })
      .finally(() => setExporting(false));
  };
  return { exporting, exportCsv };
}
