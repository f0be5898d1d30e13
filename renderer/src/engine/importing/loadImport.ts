/**
 * Load a previewed file into a table of the user's schema, with the column types the user chose.
 * One `CREATE TABLE … AS SELECT` statement: if any value fails to convert, DuckDB creates nothing
 * and every table already loaded stays as it was.
 */
import type { Engine } from '../engine';
import { explainImportError, type ImportProblem } from '../../core/importing/importErrors';
import { castSelectList, csvReadSql, isOfferedType, quoteIdent, sqlString, type ImportColumn } from '../../core/importing/importSql';
import { ImportFailure, messageOf } from './importFailure';
import type { ImportPreview } from './previewImport';
import { homeCatalog } from './tables';

/** A table the user loaded. */
export interface LoadedTable {
  schema: string;
  name: string;
  rows: number;
  columns: number;
}

/** Options of a load: the table name and the columns with the chosen types (same order as the preview). */
export interface LoadOptions {
  tableName: string;
  columns: ImportColumn[];
  schema?: string;
}

/** For JSON (no line numbers after parsing), find the first record whose value does not convert. */
async function firstBadRecord(engine: Engine, staged: string, columns: ImportColumn[]): Promise<ImportProblem | null> {
  for (const c of columns) {
    if (c.type === c.detectedType) continue;
    const col = quoteIdent(c.name);
    const r = await engine.query(
      `SELECT n, v FROM (SELECT row_number() OVER () AS n, ${col}::VARCHAR AS v, TRY_CAST(${col} AS ${c.type}) AS t, ${col} IS NULL AS is_missing FROM ${staged}) WHERE t IS NULL AND NOT is_missing ORDER BY n LIMIT 1`);
    const row = r.rows[0];
    if (row) return { reason: `record ${String(row[0])}, field "${c.name}": "${String(row[1])}" is not a valid ${c.type}` };
  }
  return null;
}

/** Create the table; on failure throw ImportFailure (nothing is created). Drops the staging data after success. */
export async function loadImport(engine: Engine, preview: ImportPreview, options: LoadOptions): Promise<LoadedTable> {
  const schema = options.schema ?? 'main';
  for (const c of options.columns) {
    if (!isOfferedType(c.type, c.detectedType)) throw new ImportFailure(preview.fileName, { reason: `"${c.type}" is not a type the importer offers` });
  }
  // The home catalog, not the current database: a pack rebuild replaces the current one.
  const target = `${quoteIdent(await homeCatalog(engine))}.${quoteIdent(schema)}.${quoteIdent(options.tableName)}`;
  let from: string;
  let select = castSelectList(options.columns);
  if (preview.kind === 'csv' && preview.dialect) {
    // The CSV reader converts while reading, so a bad value is reported with its line.
    from = csvReadSql(preview.registeredName, preview.dialect, options.columns.map((c) => ({ name: c.name, type: c.type })));
    select = options.columns.map((c) => quoteIdent(c.name)).join(', ');
  } else if (preview.kind === 'parquet') {
    from = `read_parquet(${sqlString(preview.registeredName)})`;
  } else {
    from = preview.stagedTable ?? '';
  }
  try {
    await engine.query(`CREATE TABLE ${target} AS SELECT ${select} FROM ${from}`);
  } catch (error) {
    const problem = explainImportError(messageOf(error));
    if (preview.kind === 'json' && preview.stagedTable && problem.line === undefined) {
      const located = await firstBadRecord(engine, preview.stagedTable, options.columns).catch(() => null);
      if (located) throw new ImportFailure(preview.fileName, located);
    }
    throw new ImportFailure(preview.fileName, problem);
  }
  await discardImport(engine, preview);
  const count = await engine.query(`SELECT count(*) FROM ${target}`);
  return { schema, name: options.tableName, rows: Number(count.rows[0]?.[0] ?? 0), columns: options.columns.length };
}

/** Forget a preview: drop its staging table and registered file. */
export async function discardImport(engine: Engine, preview: ImportPreview): Promise<void> {
  if (preview.stagedTable) await engine.query(`DROP TABLE IF EXISTS ${preview.stagedTable}`).catch(() => undefined);
  if (preview.kind !== 'json') await engine.dropFile(preview.registeredName).catch(() => undefined);
}
