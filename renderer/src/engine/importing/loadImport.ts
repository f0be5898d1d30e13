/**
 * Load a previewed file into a table of the user's schema, with the column types the user chose.
 * One `CREATE TABLE … AS SELECT` statement: if any value fails to convert, DuckDB creates nothing
 * and every table already loaded stays as it was.
 */
import type { Engine } from '../engine';
import { explainImportError, type ImportProblem } from '../../core/importing/importErrors';
import { rejectReason } from '../../core/importing/csvRepairs';
import { castSelectList, isOfferedType, type ImportColumn } from '../../core/importing/importSql';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';
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

/**
 * For a stage of typed values (JSON; a clean CSV read with its types), find the first record whose
 * value does not convert to the chosen type; with `lines` (CSV), name its line in the file.
 */
async function firstBadRecord(engine: Engine, staged: string, columns: ImportColumn[], lines?: readonly number[]): Promise<ImportProblem | null> {
  for (const c of columns) {
    if (c.type === c.detectedType) continue;
    const col = quoteIdent(c.name);
    const r = await engine.query(
      `SELECT n, v FROM (SELECT row_number() OVER (${lines ? 'ORDER BY _row' : ''}) AS n, ${col}::VARCHAR AS v, TRY_CAST(${col} AS ${c.type}) AS t, ${col} IS NULL AS is_missing FROM ${staged}) WHERE t IS NULL AND NOT is_missing ORDER BY n LIMIT 1`);
    const row = r.rows[0];
    if (!row) continue;
    const line = lines?.[Number(row[0]) - 1];
    if (line !== undefined) return { line, reason: `column "${c.name}": "${String(row[1])}" is not a valid ${c.type}; choose VARCHAR to keep the column as text` };
    return { reason: `record ${String(row[0])}, field "${c.name}": "${String(row[1])}" is not a valid ${c.type}` };
  }
  return null;
}

/**
 * Whether loading `columns` needs the file staged as text first: a CSV read with its detected
 * types holds 2024-01-08 where the file wrote 08/01/2024, so a column changed to text would show
 * the typed spelling. Preview again with `asText` and load from that.
 */
export function needsTextStaging(preview: ImportPreview, columns: readonly ImportColumn[]): boolean {
  return preview.kind === 'csv' && preview.typed === true && columns.some((c) => c.type === 'VARCHAR' && c.detectedType !== 'VARCHAR');
}

/** Create the table; on failure throw ImportFailure (nothing is created). Drops the staging data after success. */
export async function loadImport(engine: Engine, preview: ImportPreview, options: LoadOptions): Promise<LoadedTable> {
  const schema = options.schema ?? 'main';
  for (const c of options.columns) {
    if (!isOfferedType(c.type, c.detectedType)) throw new ImportFailure(preview.fileName, { reason: `"${c.type}" is not a type the importer offers` });
  }
  // The home catalog, not the current database: a pack rebuild replaces the current one.
  const home = await homeCatalog(engine);
  const target = `${quoteIdent(home)}.${quoteIdent(schema)}.${quoteIdent(options.tableName)}`;
  let from: string;
  let select = castSelectList(options.columns, preview.dialect);
  if (preview.kind === 'csv' && preview.typed && preview.stagedTable) {
    // Read with its detected types: the values are converted as they are, in file order.
    select = castSelectList(options.columns);
    from = `${preview.stagedTable} ORDER BY _row`;
  } else if (preview.kind === 'csv' && preview.stagedTable && preview.dialect) {
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
  // One call: the table, the rows set aside next to it, and the staging dropped.
  const statements = [`CREATE TABLE ${target} AS SELECT ${select} FROM ${from}`];
  if (preview.rejectsTable) statements.push(rejectsSql(preview.rejectsTable, `${quoteIdent(home)}.${quoteIdent(schema)}.${quoteIdent(`${options.tableName}_rejects`)}`));
  statements.push(...dropStagingSql(preview));
  try {
    await engine.query(statements.join(';\n'));
  } catch (error) {
    const problem = explainImportError(messageOf(error));
    if ((preview.kind === 'json' || preview.typed) && preview.stagedTable && problem.line === undefined) {
      const located = await firstBadRecord(engine, preview.stagedTable, options.columns, preview.typed ? preview.lineOfRow : undefined).catch(() => null);
      if (located) throw new ImportFailure(preview.fileName, located);
    }
    throw new ImportFailure(preview.fileName, problem);
  }
  if (preview.kind === 'parquet') await engine.dropFile(preview.registeredName).catch(() => undefined);
  const rows = preview.rowCount ?? Number((await engine.query(`SELECT count(*) FROM ${target}`)).rows[0]?.[0] ?? 0);
  return { schema, name: options.tableName, rows, columns: options.columns.length };
}

/** The rows set aside, as written, in `<table>_rejects` next to the table (replacing an older one). */
function rejectsSql(rejectsTable: string, target: string): string {
  const kinds = ['UNQUOTED VALUE', 'LINE SIZE OVER MAXIMUM', 'INVALID UNICODE', 'TOO MANY COLUMNS', 'MISSING COLUMNS'];
  const reason = `CASE error_type ${kinds.map((k) => `WHEN ${sqlString(k)} THEN ${sqlString(rejectReason(k))}`).join(' ')} ELSE lower(error_type) END`;
  return `CREATE OR REPLACE TABLE ${target} AS SELECT line, ${reason} AS problem, csv_line AS original_text FROM temp.main.${quoteIdent(rejectsTable)} ORDER BY line`;
}

/** Statements dropping a preview's staging table (and, for CSV, DuckDB's temporary rejects tables). */
function dropStagingSql(preview: ImportPreview): string[] {
  if (!preview.stagedTable) return [];
  const drops = [`DROP TABLE IF EXISTS ${preview.stagedTable}`];
  if (preview.kind === 'csv') {
    const rj = `${preview.stagedTable.split('.')[1]!}_rejects`;
    drops.push(`DROP TABLE IF EXISTS temp.main.${quoteIdent(rj)}`, `DROP TABLE IF EXISTS temp.main.${quoteIdent(`${rj}_scan`)}`);
  }
  return drops;
}

/** Forget a preview: drop its staging tables and registered file (the CSV file was dropped once staged). */
export async function discardImport(engine: Engine, preview: ImportPreview): Promise<void> {
  const drops = dropStagingSql(preview);
  if (drops.length > 0) await engine.query(drops.join(';\n')).catch(() => undefined);
  if (preview.kind === 'parquet') await engine.dropFile(preview.registeredName).catch(() => undefined);
}
