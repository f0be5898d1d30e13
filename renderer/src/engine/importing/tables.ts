/**
 * The tables of a schema with their row and column counts, for the list of loaded tables and the
 * export menu.
 */
import type { Engine } from '../engine';
import { quoteIdent, sqlString } from '../../core/importing/importSql';
import type { LoadedTable } from './loadImport';

/** Base tables of a schema in the current database, by name, with exact row counts. */
export async function listTables(engine: Engine, schema = 'main'): Promise<LoadedTable[]> {
  const r = await engine.query(
    `SELECT table_name, column_count FROM duckdb_tables() WHERE database_name = current_database() AND schema_name = ${sqlString(schema)} AND NOT internal AND NOT temporary ORDER BY table_name`);
  if (r.rows.length === 0) return [];
  const names = r.rows.map((row) => String(row[0]));
  const counts = await engine.query(
    names.map((n, i) => `SELECT ${i} AS i, count(*) AS n FROM ${quoteIdent(schema)}.${quoteIdent(n)}`).join(' UNION ALL ') + ' ORDER BY i');
  return r.rows.map((row, i) => ({
    schema, name: String(row[0]), columns: Number(row[1]), rows: Number(counts.rows[i]?.[1] ?? 0),
  }));
}

/** Schemas of the current database that hold at least one table (excluding staging). */
export async function listSchemasWithTables(engine: Engine): Promise<string[]> {
  const r = await engine.query(
    `SELECT DISTINCT schema_name FROM duckdb_tables() WHERE database_name = current_database() AND NOT internal AND NOT temporary AND schema_name <> '_import' ORDER BY schema_name`);
  return r.rows.map((row) => String(row[0]));
}
