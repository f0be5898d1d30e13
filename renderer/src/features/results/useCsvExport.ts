/** Export the current result as `result.csv` through the host's save (a dialog on the desktop, a download on the web). */
import { useExport } from '../../components/useExport';
import { toCsv } from '../../core/format/csv';
import type { QueryRunner } from './queryRun';

export interface CsvExport {
  exporting: boolean;
  /** Why the last export failed, or null. */
  error: string | null;
  /** Fetch the remaining rows, then save them all. */
  exportCsv(): void;
}

/** One per result panel: the Export CSV button and the menu command share it, so both show its error. */
export function useCsvExport(runner: QueryRunner): CsvExport {
  const { busy, error, run } = useExport();
  const exportCsv = () =>
    void run(async () => {
      await runner.fetchAll();
      const { columns, rows } = runner.get();
      return { name: 'result.csv', data: toCsv(columns, rows), mime: 'text/csv;charset=utf-8' };
    });
  return { exporting: busy, error, exportCsv };
}
