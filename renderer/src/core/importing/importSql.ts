/**
 * SQL the importer sends: quoting, table names, the CSV reader call and the casting SELECT that
 * applies the user's column types. Pure strings, tested with exact expected text.
 */
import { isNumericType } from '../format/cellText';
import { quoteIdent, sqlString } from '../sqlText/quote';

/** A column of an import: its name, the type DuckDB detected, and the type to load it as. */
export interface ImportColumn {
  name: string;
  detectedType: string;
  type: string;
  /** Column of the staging table holding the values as text (CSV), when not `name`. */
  source?: string;
}

/** CSV reading options: the layout (from the dialect guess or the user) and DuckDB's date formats. */
export interface CsvDialect {
  delimiter: string;
  quote: string;
  escape: string;
  /** Lines before the header. */
  skip: number;
  /** Header rows (0: none). */
  headerRows: number;
  dateFormat?: string;
  timestampFormat?: string;
  /** The decimal mark of numbers: ',' where they are written 1.234,56 (then '.' groups thousands). */
  decimal?: DecimalMark;
}

/** How numbers mark their decimals: '.' (1,234.56) or ',' (1.234,56). */
export type DecimalMark = '.' | ',';

/** Types offered in the per-column select (the detected type is always offered as well). */
export const COMMON_TYPES = [
  'VARCHAR', 'BIGINT', 'INTEGER', 'DOUBLE', 'DECIMAL(18,2)', 'BOOLEAN', 'DATE', 'TIMESTAMP', 'TIME',
] as const;


/** A table name from a file name: lower case, letters/digits/underscore, unique among `taken`. */
export function suggestTableName(fileName: string, taken: readonly string[]): string {
  const base = (fileName.split(/[\\/]/).pop() ?? '').replace(/\.[^.]*$/, '');
  let name = base.toLowerCase().replace(/[^a-z0-9_]+/g, '_').replace(/^_+|_+$/g, '') || 'imported';
  if (/^[0-9]/.test(name)) name = `t_${name}`;
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  if (!lower.has(name)) return name;
  for (let i = 2; ; i++) if (!lower.has(`${name}_${i}`)) return `${name}_${i}`;
}

/** Why a table name cannot be used, or null when it can. */
export function tableNameProblem(name: string, taken: readonly string[]): string | null {
  if (name.trim() === '') return 'Give the table a name.';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) return 'Use letters, digits and underscores, starting with a letter or underscore.';
  if (name.length > 63) return 'Keep the name under 64 characters.';
  if (taken.some((t) => t.toLowerCase() === name.toLowerCase())) return `A table named "${name}" already exists; choose another name.`;
  return null;
}

/**
 * The `read_csv(...)` call that stages a file as text: every column VARCHAR (types are applied
 * by the load, where a value that does not convert can be named by its line), `width` columns
 * named c1…cN, rows with fewer fields padded with NULL, and rows DuckDB cannot read (a quote
 * never closed, a line over the size limit) stored in `rejectsTable` instead of failing the read.
 * `skipLines` are the lines before the first data row (blank lines and multi-line headers included).
 */
export function csvStageReadSql(fileName: string, dialect: CsvDialect, width: number, rejectsTable: string, longestLine = 0, skipLines = dialect.skip + dialect.headerRows): string {
  const columns = Array.from({ length: width }, (_, i) => `'c${i + 1}': 'VARCHAR'`).join(', ');
  const opts = [
    `delim=${sqlString(dialect.delimiter)}`,
    `quote=${sqlString(dialect.quote)}`,
    `escape=${sqlString(dialect.quote === '' ? '' : dialect.escape)}`,
    `skip=${skipLines}`,
    'header=false',
    'auto_detect=false',
    `columns={${columns}}`,
    'null_padding=true',
    'store_rejects=true',
    `rejects_table=${sqlString(rejectsTable)}`,
    `rejects_scan=${sqlString(`${rejectsTable}_scan`)}`,
  ];
  // DuckDB's reader stops at 2 MB per line by default (and skips longer lines): a file known to
  // hold longer lines gets a limit that fits them.
  if (longestLine > DEFAULT_MAX_LINE) opts.push(`max_line_size=${longestLine + 1024}`);
  return `read_csv(${sqlString(fileName)}, ${opts.join(', ')})`;
}

/** DuckDB's default `max_line_size` (bytes). */
export const DEFAULT_MAX_LINE = 2_097_152;

/** How the file writes values: the formats DuckDB's sniffer found for dates and timestamps, and the decimal mark. */
export interface DateFormats {
  dateFormat?: string;
  timestampFormat?: string;
  decimal?: DecimalMark;
}


/**
 * The expression converting a staged text column to `type` (`try` for TRY_ casts). Dates and
 * timestamps use the detected format when there is one; an empty string is a missing value.
 */
export function castExpr(column: string, type: string, formats: DateFormats = {}, tryCast = false): string {
  const col = quoteIdent(column);
  if (type === 'VARCHAR') return col;
  const value = `NULLIF(trim(${col}), '')`;
  if (type === 'DATE' && formats.dateFormat) return `CAST(${tryCast ? 'try_strptime' : 'strptime'}(${value}, ${sqlString(formats.dateFormat)}) AS DATE)`;
  if (type === 'TIMESTAMP' && formats.timestampFormat) return `${tryCast ? 'try_strptime' : 'strptime'}(${value}, ${sqlString(formats.timestampFormat)})`;
  // 1.234,56 → 1234.56: drop the thousands dots, then the comma becomes the decimal point.
  if (formats.decimal === ',' && isNumericType(type)) return `${tryCast ? 'TRY_CAST' : 'CAST'}(replace(replace(${value}, '.', ''), ',', '.') AS ${type})`;
  return `${tryCast ? 'TRY_CAST' : 'CAST'}(${value} AS ${type})`;
}

/** `SELECT` list that keeps detected types as they are and casts changed ones. */
export function castSelectList(columns: readonly ImportColumn[], formats?: DateFormats): string {
  return columns
    .map((c) => {
      if (c.source !== undefined) return `${castExpr(c.source, c.type, formats)} AS ${quoteIdent(c.name)}`;
      return c.type === c.detectedType ? quoteIdent(c.name) : `CAST(${quoteIdent(c.name)} AS ${c.type}) AS ${quoteIdent(c.name)}`;
    })
    .join(', ');
}

/** Is a type one the select may offer (a guard against SQL injection through the type box)? */
export function isOfferedType(type: string, detectedType: string): boolean {
  return type === detectedType || (COMMON_TYPES as readonly string[]).includes(type);
}

/** Reorder DESCRIBE rows to a preferred key order (names not in `order` keep their place at the end). */
export function orderColumns<T extends { name: string }>(columns: readonly T[], order: readonly string[]): T[] {
  if (order.length === 0) return [...columns];
  const rank = new Map(order.map((n, i) => [n, i]));
  return [...columns].sort((a, b) => (rank.get(a.name) ?? order.length) - (rank.get(b.name) ?? order.length));
}
