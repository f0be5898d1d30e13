/**
 * SQL the importer sends: quoting, table names, the CSV reader call and the casting SELECT that
 * applies the user's column types. Pure strings, tested with exact expected text.
 */

/** A column of an import: its name, the type DuckDB detected, and the type to load it as. */
export interface ImportColumn {
  name: string;
  detectedType: string;
  type: string;
}

/** CSV reading options decided before the load (from our header check and DuckDB's sniffer). */
export interface CsvDialect {
  delimiter: string;
  header: boolean;
  dateFormat?: string;
  timestampFormat?: string;
}

/** Types offered in the per-column select (the detected type is always offered as well). */
export const COMMON_TYPES = [
  'VARCHAR', 'BIGINT', 'INTEGER', 'DOUBLE', 'DECIMAL(18,2)', 'BOOLEAN', 'DATE', 'TIMESTAMP', 'TIME',
] as const;

/** Quote an identifier for DuckDB. */
export function quoteIdent(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** Quote a string literal for DuckDB. */
export function sqlString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

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
 * The `read_csv(...)` call. With `columns`, detection is off and DuckDB converts each value to the
 * given type, reporting the line of any value that does not convert.
 */
export function csvReadSql(fileName: string, dialect: CsvDialect, columns?: readonly { name: string; type: string }[]): string {
  const opts = [
    `delim=${sqlString(dialect.delimiter)}`,
    `quote='"'`,
    `escape='"'`,
    `header=${dialect.header}`,
  ];
  if (columns) {
    opts.push('auto_detect=false');
    opts.push(`columns={${columns.map((c) => `${sqlString(c.name)}: ${sqlString(c.type)}`).join(', ')}}`);
    if (dialect.dateFormat) opts.push(`dateformat=${sqlString(dialect.dateFormat)}`);
    if (dialect.timestampFormat) opts.push(`timestampformat=${sqlString(dialect.timestampFormat)}`);
  }
  return `read_csv(${sqlString(fileName)}, ${opts.join(', ')})`;
}

/** `SELECT` list that keeps detected types as they are and casts changed ones. */
export function castSelectList(columns: readonly ImportColumn[]): string {
  return columns
    .map((c) => (c.type === c.detectedType ? quoteIdent(c.name) : `CAST(${quoteIdent(c.name)} AS ${c.type}) AS ${quoteIdent(c.name)}`))
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
