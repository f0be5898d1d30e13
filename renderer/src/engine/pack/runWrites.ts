/**
 * Count the rows each style must touch for each write scenario: the statements run inside
 * BEGIN … ROLLBACK (the build is left as it was) and DuckDB's reported counts are summed.
 */
import type { Pack } from '../../core/pack/loadPack';
import { PackError } from '../../core/pack/packError';
import type { Engine } from '../engine';
import { toNumber } from './exec';
import type { WriteReport } from './reports';

export async function runWrites(engine: Engine, pack: Pack): Promise<WriteReport[]> {
  const reports: WriteReport[] = [];
  for (const write of pack.writes) {
    const rows: Record<string, number> = {};
    const statements: Record<string, number> = {};
    for (const style of pack.styles) {
      const list = write.sql[style] ?? [];
      statements[style] = list.length;
      let touched = 0;
      await engine.query('BEGIN TRANSACTION');
      try {
        for (const [i, sql] of list.entries()) {
          let result;
          try {
            result = await engine.query(sql);
          } catch (error) {
            throw new PackError(write.file, `sql.${style}[${i}]: DuckDB: ${(error as Error).message}`);
          }
          // INSERT, UPDATE and DELETE answer with one row, one column named Count.
          if (result.columns.length === 1 && result.columns[0]!.name === 'Count') touched += toNumber(result.rows[0]?.[0]);
        }
      } finally {
        await engine.query('ROLLBACK');
      }
      rows[style] = touched;
    }
    reports.push({ id: write.id, title: write.title, rows_touched: rows, keeps: write.keeps, statements });
  }
  return reports;
}
