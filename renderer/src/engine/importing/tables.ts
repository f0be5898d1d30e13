/**
 * The tables of a schema with their row and column counts, for the list of loaded tables and the
 * export menu. The learner's own tables live in the session's home catalog (DuckDB's default
 * `memory`), which survives pack rebuilds: the pack runner builds each pack into its own attached
 * database, makes it the default, and keeps `memory.main` on the search path.
 */
import type { Engine } from '../engine';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';
import type { LoadedTable } from './loadImport';

/** DuckDB's default in-memory catalog. */
export const HOME_CATALOG = 'memory';

/** The catalog that holds the user's tables: `memory` when attached (always, in practice), else the current one. */
export async function homeCatalog(engine: Engine): Promise<string> {
  const r = await engine.query(`SELECT count(*) FROM duckdb_databases() WHERE database_name = ${sqlString(HOME_CATALOG)}`);
  if (Number(r.rows[0]?.[0] ?? 0) > 0) return HOME_CATALOG;
  return String((await engine.query('SELECT current_database()')).rows[0]?.[0] ?? HOME_CATALOG);
}

/** Base tables of a schema (in the home catalog unless given), by name, with exact row counts. */
export async function listTables(engine: Engine, schema = 'main', catalog?: string): Promise<LoadedTable[]> {
  const db = catalog ?? await homeCatalog(engine);
  const r = await engine.query(
    `SELECT table_name, column_count FROM duckdb_tables() WHERE database_name = ${sqlString(db)} AND schema_name = ${sqlString(schema)} AND NOT internal AND NOT temporary ORDER BY table_name`);
  if (r.rows.length === 0) return [];
  const names = r.rows.map((row) => String(row[0]));
  const from = (n: string): string => `${quoteIdent(db)}.${quoteIdent(schema)}.${quoteIdent(n)}`;
  const counts = await engine.query(
    names.map((n, i) => `SELECT ${i} AS i, count(*) AS n FROM ${from(n)}`).join(' UNION ALL ') + ' ORDER BY i');
  return r.rows.map((row, i) => ({
    schema, name: String(row[0]), columns: Number(row[1]), rows: Number(counts.rows[i]?.[1] ?? 0),
  }));
}

/** A schema that can be exported: in the current database (a pack's styles) or the home catalog (the user's own). */
export interface SchemaRef {
  catalog: string;
  schema: string;
}

/** Schemas holding at least one table, in the current database and the home catalog (no staging). */
export async function listSchemasWithTables(engine: Engine): Promise<SchemaRef[]> {
  const home = await homeCatalog(engine);
  const r = await engine.query(
    `SELECT DISTINCT database_name, schema_name FROM duckdb_tables()
     WHERE (database_name = current_database() OR database_name = ${sqlString(home)})
       AND NOT internal AND NOT temporary AND schema_name <> '_import'
     ORDER BY database_name = ${sqlString(home)}, schema_name`);
  return r.rows.map((row) => ({ catalog: String(row[0]), schema: String(row[1]) }));
}
