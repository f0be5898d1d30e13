/**
 * Size of a table as CSV text. First choice: DuckDB writes the file (`COPY … TO`) and its bytes
 * are read back from the engine's file system. Where that is not possible the size is computed
 * in SQL from each value's text, applying CSV quoting the way DuckDB's writer does.
 */
import type { Engine } from '../engine';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';
import { num } from './cells';

/**
 * How the CSV size was obtained: written by COPY, computed in SQL over every row (the same
 * bytes), or extrapolated from a random sample of rows (an estimate, within a fraction of a percent).
 */
export type CsvMethod = 'copy' | 'estimate' | 'sample';

/** Bytes of one CSV line of `columns` as a SQL expression: fields, quotes, separators and '\n'. */
function csvLineSql(columns: readonly { name: string }[]): string {
  // A field is quoted when it contains a comma, quote or line break; quotes inside are doubled.
  const field = (expr: string) =>
    `coalesce(CASE WHEN regexp_matches(${expr}, '[",\\n\\r]') THEN strlen(${expr}) + 2 + strlen(${expr}) - strlen(replace(${expr}, '"', '')) ELSE strlen(${expr}) END, 0)`;
  const fields = columns.map((c) => field(`CAST(${quoteIdent(c.name)} AS VARCHAR)`)).join(' + ');
  return `${fields || '0'} + ${Math.max(0, columns.length - 1)} + 1`;
}

/** Bytes of the header line. */
function csvHeaderBytes(columns: readonly { name: string }[]): number {
  return columns.map((c) => c.name).join(',').length + 1;
}

/** SQL for the CSV size of a table: header, separators, quotes, one '\n' per line. */
export function csvEstimateSql(schema: string, table: string, columns: readonly { name: string }[]): string {
  return `SELECT CAST(${csvHeaderBytes(columns)} + coalesce(sum(${csvLineSql(columns)}), 0) AS BIGINT) FROM ${quoteIdent(schema)}.${quoteIdent(table)}`;
}

/**
 * SQL for the CSV size of a table estimated from a repeatable random sample of `sampleRows` rows:
 * the header plus the sample's mean line length times `rows`.
 */
export function csvSampleSql(schema: string, table: string, columns: readonly { name: string }[], rows: number, sampleRows: number): string {
  const sample = `(SELECT * FROM ${quoteIdent(schema)}.${quoteIdent(table)} USING SAMPLE reservoir(${sampleRows} ROWS) REPEATABLE (42))`;
  return `SELECT CAST(round(${csvHeaderBytes(columns)} + coalesce(avg(${csvLineSql(columns)}), 0) * ${rows}) AS BIGINT) FROM ${sample} s`;
}

/** Options for `csvBytesOfTable`. */
export interface CsvBytesOptions {
  /** Folder for the COPY file (trailing slash in Node; '' in the browser's file system). */
  dir?: string;
  /**
   * Above this many rows (`rows` must be given), estimate from a random sample of this many rows
   * instead of writing the whole file: at 1,000,000 orders the files add up to gigabytes.
   */
  sampleRows?: number;
  /** Rows of the table, when known (needed for sampling). */
  rows?: number;
}

/** CSV bytes of `schema.table`: by COPY when possible, else computed in SQL; sampled for large tables when asked. */
export async function csvBytesOfTable(
  engine: Engine,
  schema: string,
  table: string,
  columns: readonly { name: string }[],
  options: CsvBytesOptions = {},
): Promise<{ bytes: number; method: CsvMethod }> {
  const { dir = '', sampleRows, rows } = options;
  if (sampleRows !== undefined && rows !== undefined && rows > sampleRows) {
    const res = await engine.query(csvSampleSql(schema, table, columns, rows, sampleRows));
    return { bytes: num(res.rows[0]?.[0]), method: 'sample' };
  }
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
