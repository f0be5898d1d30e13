/**
 * What the editor's completion offers: DuckDB's keywords, its functions with a short signature,
 * and the tables, views and columns of the live catalog (system schemas left out). Each call is
 * one or two catalog queries through the engine, so it queues behind the user's statements.
 */
import type { Cell } from '../core/result';
import type { Engine } from './engine';

/** A keyword and DuckDB's category for it (`reserved`, `unreserved`, `type_function`, `column_name`). */
export interface KeywordInfo {
  name: string;
  category: string;
}

/** A function name with the signature of its first overload, e.g. `strftime(DATE, VARCHAR) → VARCHAR`. */
export interface FunctionInfo {
  name: string;
  /** `scalar`, `aggregate`, `table`, `macro`, `table_macro`, `pragma`. */
  kind: string;
  signature: string;
  /** How many overloads DuckDB lists under this name and kind. */
  overloads: number;
  description?: string;
}

export interface ColumnInfo {
  name: string;
  type: string;
}

/** A table or view with its columns, in catalog order. */
export interface TableInfo {
  database: string;
  schema: string;
  name: string;
  kind: 'table' | 'view';
  columns: ColumnInfo[];
}

const str = (c: Cell | undefined): string => (typeof c === 'string' ? c : c === null || c === undefined ? '' : String(c));
const strings = (c: Cell | undefined): (string | null)[] => (Array.isArray(c) ? c.map((x) => (x === null ? null : str(x))) : []);

/** DuckDB's keywords, alphabetically. */
export async function listKeywords(engine: Engine): Promise<KeywordInfo[]> {
  const r = await engine.query('SELECT keyword_name, keyword_category FROM duckdb_keywords() ORDER BY keyword_name');
  return r.rows.map((row) => ({ name: str(row[0]), category: str(row[1]) }));
}

/**
 * The short signature of one overload: builtins name their parameters `col0, col1…`, so only
 * the types are shown for them; macros have names but no types.
 */
export function formatSignature(name: string, params: (string | null)[], types: (string | null)[], returns: string | null, varargs: string | null): string {
  const parts = params.map((p, i) => {
    const type = types[i] ?? null;
    if (p === null || /^col\d+$/.test(p)) return type ?? '?';
    return type && type !== 'ANY' ? `${p} ${type}` : p;
  });
  if (varargs) parts.push(`${varargs}...`);
  return `${name}(${parts.join(', ')})${returns ? ` → ${returns}` : ''}`;
}

/** Callable functions (operators like `+` left out), one entry per name and kind, alphabetically. */
export async function listFunctions(engine: Engine): Promise<FunctionInfo[]> {
  const r = await engine.query(`SELECT function_name, function_type, parameters, parameter_types, return_type, varargs, description
    FROM duckdb_functions()
    WHERE regexp_matches(function_name, '^[A-Za-z_][A-Za-z0-9_]*$') AND NOT starts_with(function_name, '__')
    ORDER BY function_name, function_type, len(parameters)`);
  const byKey = new Map<string, FunctionInfo>();
  for (const row of r.rows) {
    const name = str(row[0]);
    const kind = str(row[1]);
    const key = `${name}\u0000${kind}`;
    const known = byKey.get(key);
    const description = row[6] === null ? undefined : str(row[6]);
    if (known) {
      known.overloads++;
      if (!known.description && description) known.description = description;
      continue;
    }
    const returns = row[4] === null ? null : str(row[4]);
    const varargs = row[5] === null ? null : str(row[5]);
    byKey.set(key, {
      name, kind, overloads: 1,
      signature: formatSignature(name, strings(row[2]), strings(row[3]), returns, varargs),
      ...(description ? { description } : {}),
    });
  }
  return [...byKey.values()];
}

/** Tables and views the user can query, with their columns; system catalogs are left out. */
export async function listTables(engine: Engine): Promise<TableInfo[]> {
  const relations = await engine.query(`
    SELECT database_name, schema_name, table_name, 'table' AS kind FROM duckdb_tables() WHERE NOT internal
    UNION ALL
    SELECT database_name, schema_name, view_name, 'view' FROM duckdb_views() WHERE NOT internal
    ORDER BY 1, 2, 3`);
  const columns = await engine.query(`
    SELECT database_name, schema_name, table_name, column_name, data_type FROM duckdb_columns()
    WHERE NOT internal AND database_name <> 'system' AND schema_name NOT IN ('information_schema', 'pg_catalog')
    ORDER BY database_name, schema_name, table_name, column_index`);
  const tables = new Map<string, TableInfo>();
  const keyOf = (row: Cell[]): string => `${str(row[0])}.${str(row[1])}.${str(row[2])}`;
  for (const row of relations.rows) {
    tables.set(keyOf(row), { database: str(row[0]), schema: str(row[1]), name: str(row[2]), kind: str(row[3]) === 'view' ? 'view' : 'table', columns: [] });
  }
  for (const row of columns.rows) tables.get(keyOf(row))?.columns.push({ name: str(row[3]), type: str(row[4]) });
  return [...tables.values()];
}
