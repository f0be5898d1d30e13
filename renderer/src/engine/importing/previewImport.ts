/**
 * Preview a user's file before loading it: register the bytes with the engine, let DuckDB detect
 * the columns and types, and take a sample of rows. Nothing is created in the user's schema here;
 * JSON is read into a staging table in `_import` because DuckDB-Wasm's offline JSON reader loads
 * into a table (there is no `read_json` without the json extension).
 */
import type { Cell } from '../../core/result';
import { EngineError, type Engine } from '../engine';
import { checkFile } from '../../core/importing/fileKind';
import { firstRecordKeys, type JsonLayout } from '../../core/importing/jsonBytes';
import { checkJson, type RecordMembers } from '../../core/importing/jsonCheck';
import { locateJsonError } from '../../core/importing/jsonErrors';
import { explainImportError } from '../../core/importing/importErrors';
import type { Repairs } from '../../core/importing/csvRepairs';
import { orderColumns, suggestTableName, type CsvDialect, type ImportColumn } from '../../core/importing/importSql';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';
import { asImportFailure, ImportFailure, messageOf } from './importFailure';
import { previewCsv, type DialectChoice } from './previewCsv';
import { newStageName, STAGING_SCHEMA, vfsName } from './staging';

/** A file handed to the importer: its name and bytes (registered with the engine as they are). */
export interface ImportSource {
  name: string;
  bytes: Uint8Array;
}

/** What the user sees before loading. */
export interface ImportPreview {
  fileName: string;
  kind: 'csv' | 'json' | 'parquet';
  /** Name of the file in DuckDB's virtual file system (CSV, Parquet). */
  registeredName: string;
  /** `_import.<table>` holding the parsed rows (JSON; CSV as text) until they are loaded or discarded. */
  stagedTable?: string;
  /** CSV: the stage holds the detected types (a clean file read once), not every value as text. */
  typed?: boolean;
  /** CSV: the temporary table of rows DuckDB could not read, when there are any. */
  rejectsTable?: string | undefined;
  /** CSV: the file line of each staged row (row n is `lineOfRow[n - 1]`). */
  lineOfRow?: number[];
  /** CSV: rows repaired or set aside, and every other change, in words. */
  repairs?: Repairs;
  dialect?: CsvDialect;
  /** JSON: an object's members holding arrays of records, and the one loaded. */
  recordMembers?: RecordMembers;
  columns: ImportColumn[];
  sampleRows: Cell[][];
  /** Exact row count when known before loading (JSON), else undefined. */
  rowCount?: number;
  suggestedName: string;
}

/** JSON files above this size are not decoded again in JavaScript to locate an error. */
const LOCATE_LIMIT = 64 * 1024 * 1024;

export { STAGING_SCHEMA };

function describeRows(rows: Cell[][]): ImportColumn[] {
  return rows.map((r) => ({ name: String(r[0]), detectedType: String(r[1]), type: String(r[1]) }));
}

/** Detect the schema of a file and sample it. Throws ImportFailure with the line and reason. */
export async function previewImport(engine: Engine, source: ImportSource, takenNames: readonly string[], choice?: DialectChoice): Promise<ImportPreview> {
  const check = checkFile(source.name, source.bytes);
  if (!check.ok) throw new ImportFailure(source.name, { reason: check.reason.replace(/\.$/, '') });
  const suggestedName = suggestTableName(source.name, takenNames);
  switch (check.kind) {
    case 'csv': return previewCsv(engine, source, suggestedName, choice);
    case 'json': return previewJson(engine, source, suggestedName, choice?.member);
    case 'parquet': return previewParquet(engine, source, suggestedName);
  }
}

async function locate(source: ImportSource, layout: JsonLayout, fallback: unknown): Promise<ImportFailure> {
  const problem = explainImportError(messageOf(fallback));
  if (source.bytes.length <= LOCATE_LIMIT) {
    const where = locateJsonError(new TextDecoder().decode(source.bytes), layout);
    if (where) return new ImportFailure(source.name, where);
  }
  return new ImportFailure(source.name, problem);
}

async function previewJson(engine: Engine, source: ImportSource, suggestedName: string, member?: string): Promise<ImportPreview> {
  const checked = checkJson(source.bytes, member);
  if (!checked.ok) throw new ImportFailure(source.name, checked.problem);
  const { layout } = checked;
  const registeredName = vfsName(source.name);
  const stage = newStageName();
  const stagedTable = `${STAGING_SCHEMA}.${stage}`;
  try {
    await engine.query(`CREATE SCHEMA IF NOT EXISTS ${STAGING_SCHEMA}`);
    await engine.registerFile(registeredName, checked.bytes);
    try {
      await engine.insertJson(registeredName, stage, STAGING_SCHEMA);
    } catch (error) {
      if (error instanceof EngineError && error.restarted) throw error;
      throw await locate(source, layout, error);
    } finally {
      await engine.dropFile(registeredName).catch(() => undefined);
    }
    // Lists that are always empty arrive as the text "[]": they become empty lists of text.
    const listSql = (checked.emptyLists ?? []).map((f) => `ALTER TABLE ${stagedTable} ALTER COLUMN ${quoteIdent(f)} SET DATA TYPE VARCHAR[] USING CASE WHEN ${quoteIdent(f)} IS NULL THEN NULL ELSE []::VARCHAR[] END`);
    if (listSql.length > 0) await engine.query(listSql.join(';\n'));
    const described = await engine.query(`DESCRIBE ${stagedTable}`);
    const columns = orderColumns(describeRows(described.rows), firstRecordKeys(checked.bytes, 'array'));
    const list = columns.map((c) => quoteIdent(c.name)).join(', ');
    const sample = await engine.query(`SELECT ${list} FROM ${stagedTable} LIMIT 10`);
    const count = await engine.query(`SELECT count(*) FROM ${stagedTable}`);
    return {
      fileName: source.name, kind: 'json', registeredName, stagedTable, columns,
      sampleRows: sample.rows, rowCount: Number(count.rows[0]?.[0] ?? 0), suggestedName,
      repairs: { rowsRepaired: 0, rowsSetAside: 0, notes: checked.notes },
      ...(checked.members ? { recordMembers: checked.members } : {}),
    };
  } catch (error) {
    // Nothing stays behind: a failed statement's transaction is closed and the stage dropped.
    await engine.query('ROLLBACK').catch(() => undefined);
    await engine.query(`DROP TABLE IF EXISTS ${stagedTable}`).catch(() => undefined);
    throw asImportFailure(source.name, error);
  }
}

async function previewParquet(engine: Engine, source: ImportSource, suggestedName: string): Promise<ImportPreview> {
  const registeredName = vfsName(source.name);
  await engine.registerFile(registeredName, source.bytes);
  try {
    const from = `read_parquet(${sqlString(registeredName)})`;
    const columns = describeRows((await engine.query(`DESCRIBE SELECT * FROM ${from}`)).rows);
    const sampleRows = (await engine.query(`SELECT * FROM ${from} LIMIT 10`)).rows;
    return { fileName: source.name, kind: 'parquet', registeredName, columns, sampleRows, suggestedName };
  } catch (error) {
    await engine.dropFile(registeredName).catch(() => undefined);
    throw new ImportFailure(source.name, explainImportError(messageOf(error)));
  }
}
