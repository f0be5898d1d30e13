/**
 * Load a previewed file into a table of the user's schema, with the column types the user chose.
 * One `CREATE TABLE … AS SELECT` statement: if any value fails to convert, DuckDB creates nothing
 * and every table already loaded stays as it was.
 */
import type { Engine } from '../engine';
import { explainImportError, type ImportProblem } from '../../core/importing/importErrors';
import { rejectReason } from '../../core/importing/csvRepairs';
import { castSelectList, isOfferedType, quoteIdent, sqlString, type ImportColumn } from '../../core/importing/importSql';
import { ImportFailure, messageOf } from './importFailure';
import { firstBadValues } from './previewCsv';
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
  let select = castSelectList(options.columns, preview.dialect);
  if (preview.kind === 'csv' && preview.stagedTable && preview.dialect) {
    // Staged as text: a value that does not convert is named by its line before anything is created.
    // Detected types were checked against every value by the preview; changed ones are checked here.
    const changed = options.columns.map((c) => (c.type === c.detectedType ? { ...c, type: 'VARCHAR' } : c));
    const bad = (await firstBadValues(engine, preview.stagedTable, changed, preview.dialect))[0];
    if (bad) {
      const c = options.columns[bad.index]!;
      const line = preview.lineOfRow?.[bad.row - 1];
      throw new ImportFailure(preview.fileName, {
        ...(line !== undefined ? { line } : {}),
        reason: `column "${c.name}": "${bad.value}" is not a valid ${c.type}${bad.count > 1 ? ` (nor are ${bad.count - 1} more values)` : ''}; choose VARCHAR to keep the column as text`,
      });
    }
    from = `${preview.stagedTable} ORDER BY _row`;
  } else if (preview.kind === 'parquet') {
    select = castSelectList(options.columns);
    from = `read_parquet(${sqlString(preview.registeredName)})`;
  } else {
    select = castSelectList(options.columns);
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
  if (preview.rejectsTable) await keepRejects(engine, preview, `${target.slice(0, -1)}_rejects"`);
  await discardImport(engine, preview);
  const rows = preview.rowCount ?? Number((await engine.query(`SELECT count(*) FROM ${target}`)).rows[0]?.[0] ?? 0);
  return { schema, name: options.tableName, rows, columns: options.columns.length };
}

/** The rows set aside, as written, in `<table>_rejects` next to the table (replacing an older one). */
async function keepRejects(engine: Engine, preview: ImportPreview, target: string): Promise<void> {
  const kinds = ['UNQUOTED VALUE', 'LINE SIZE OVER MAXIMUM', 'INVALID UNICODE', 'TOO MANY COLUMNS', 'MISSING COLUMNS'];
  const reason = `CASE error_type ${kinds.map((k) => `WHEN ${sqlString(k)} THEN ${sqlString(rejectReason(k))}`).join(' ')} ELSE lower(error_type) END`;
  await engine.query(`CREATE OR REPLACE TABLE ${target} AS SELECT line, ${reason} AS problem, csv_line AS original_text FROM temp.main.${quoteIdent(preview.rejectsTable!)} ORDER BY line`);
}

/** Forget a preview: drop its staging table, rejects and registered file. */
export async function discardImport(engine: Engine, preview: ImportPreview): Promise<void> {
  if (preview.kind === 'csv' && preview.stagedTable) {
    // The CSV file was dropped once staged; its stage and rejects go in one statement.
    const rj = preview.stagedTable.split('.')[1]!.concat('_rejects');
    await engine.query(`DROP TABLE IF EXISTS ${preview.stagedTable}; DROP TABLE IF EXISTS temp.main.${quoteIdent(rj)}; DROP TABLE IF EXISTS temp.main.${quoteIdent(`${rj}_scan`)}`).catch(() => undefined);
    return;
  }
  if (preview.stagedTable) await engine.query(`DROP TABLE IF EXISTS ${preview.stagedTable}`).catch(() => undefined);
  if (preview.kind !== 'json') await engine.dropFile(preview.registeredName).catch(() => undefined);
}
