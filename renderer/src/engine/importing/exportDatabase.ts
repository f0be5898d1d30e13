/**
 * Export a schema's tables as a DuckDB database file that the DuckDB CLI opens: register an empty
 * database file in the engine's virtual file system (DuckDB-Wasm cannot read back a file that
 * ATTACH created itself, duckdb/duckdb-wasm#1987, but it can one the page registered), attach
 * it, copy each table into its `main` schema, checkpoint so every row is in the file rather than
 * the write-ahead log, detach, and read the bytes.
 */
import type { Engine } from '../engine';
import { emptyDuckdbFile } from '../../core/importing/emptyDatabase';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';

let exports = 0;

/**
 * The tables of `schema` as the bytes of a `.duckdb` file (tables land in its `main` schema).
 * `catalog` defaults to the current database (where the pack runner puts a pack's styles).
 */
export async function exportSchemaAsDatabase(engine: Engine, schema: string, catalog?: string): Promise<Uint8Array> {
  const db = catalog ?? String((await engine.query('SELECT current_database()')).rows[0]?.[0]);
  const tables = await engine.query(
    `SELECT table_name FROM duckdb_tables() WHERE database_name = ${sqlString(db)} AND schema_name = ${sqlString(schema)} AND NOT internal AND NOT temporary ORDER BY table_name`);
  if (tables.rows.length === 0) throw new Error(`Schema "${schema}" has no tables to export.`);
  exports += 1;
  const alias = `studio_export_${exports}`;
  const file = `${alias}_${Date.now().toString(36)}.duckdb`;
  await engine.registerFile(file, emptyDuckdbFile());
  await engine.query(`ATTACH ${sqlString(file)} AS ${alias}`);
  try {
    for (const row of tables.rows) {
      const t = quoteIdent(String(row[0]));
      await engine.query(`CREATE TABLE ${alias}.main.${t} AS SELECT * FROM ${quoteIdent(db)}.${quoteIdent(schema)}.${t}`);
    }
    // After CHECKPOINT every row is in the main file and the WAL is empty; DETACH closes the
    // file so every block is flushed before the bytes are read.
    await engine.query(`CHECKPOINT ${alias}`);
    await engine.query(`DETACH ${alias}`);
    return await engine.readFile(file);
  } finally {
    await engine.query(`DETACH DATABASE IF EXISTS ${alias}`).catch(() => undefined);
    await engine.dropFile(file).catch(() => undefined);
    await engine.dropFile(`${file}.wal`).catch(() => undefined);
  }
}

/** File name offered for the download: `<schema>.duckdb`. */
export function exportFileName(schema: string): string {
  return `${schema.replace(/[^A-Za-z0-9_-]+/g, '_')}.duckdb`;
}
