/**
 * Size of a table as CSV text. First choice: DuckDB writes the file (`COPY … TO`) and its bytes
 * are read back from the engine's file system. Where that is not possible the size is computed
 * in SQL from each value's text, applying CSV quoting the way DuckDB's writer does.
 */
import type { Engine } from '../engine';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';
import { num } from './cells';

/** How the CSV size was obtained. */
export type CsvMethod = 'copy' | 'estimate';

/** SQL for the CSV size of a table: header, separators, quotes, one '\n' per line. */
export function csvEstimateSql(schema: string, table: string, columns: readonly { name: string }[]): string {
  // A field is quoted when it contains a comma, quote or line break; quotes inside are doubled.
  const field = (expr: string) =>
    `coalesce(CASE WHEN regexp_matches(${expr}, '[",\\n\\r]') THEN strlen(${expr}) + 2 + strlen(${expr}) - strlen(replace(${expr}, '"', '')) ELSE strlen(${expr}) END, 0)`;
  const perRow = columns.map((c) => field(`CAST(${quoteIdent(c.name)} AS VARCHAR)`)).join(' + ');
  const header = columns.map((c) => c.name).join(',').length + 1;
  return `SELECT CAST(${header} + coalesce(sum(${perRow || '0'} + ${Math.max(0, columns.length - 1)} + 1), 0) AS BIGINT) FROM ${quoteIdent(schema)}.${quoteIdent(table)}`;
}

/** CSV bytes of `schema.table`, by COPY when possible, else estimated in SQL. */
export async function csvBytesOfTable(
  engine: Engine,
  schema: string,
  table: string,
  columns: readonly { name: string }[],
  dir = '',
): Promise<{ bytes: number; method: CsvMethod }> {
  const file = `${dir}c_${schema}_${table}.csv`.replace(/[^\w./-]/g, '_');
  try {
    await engine.query(`COPY ${quoteIdent(schema)}.${quoteIdent(table)} TO ${sqlString(file)} (HEADER, DELIMITER ',')`);
    const bytes = await engine.readFile(file);
    if (bytes.byteLength > 0) return { bytes: bytes.byteLength, method: 'copy' };
  } catch {
    // fall through to the estimate
  } finally {
    await engine.dropFile(file).catch(() => undefined);
  }
  const res = await engine.query(csvEstimateSql(schema, table, columns));
  return { bytes: num(res.rows[0]?.[0]), method: 'estimate' };
}
