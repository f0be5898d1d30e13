/**
 * Preview a user's file before loading it: register the bytes with the engine, let DuckDB detect
 * the columns and types, and take a sample of rows. Nothing is created in the user's schema here;
 * JSON is read into a staging table in `_import` because DuckDB-Wasm's offline JSON reader loads
 * into a table (there is no `read_json` without the json extension).
 */
import type { Cell } from '../../core/result';
import type { Engine } from '../engine';
import { checkFile } from '../../core/importing/fileKind';
import { firstLine, guessDelimiter, splitCsvLine } from '../../core/importing/csvDialect';
import { firstRecordKeys, jsonLayout, toJsonArray, type JsonLayout } from '../../core/importing/jsonBytes';
import { locateJsonError } from '../../core/importing/jsonErrors';
import { explainImportError } from '../../core/importing/importErrors';
import { csvReadSql, orderColumns, quoteIdent, sqlString, suggestTableName, type CsvDialect, type ImportColumn } from '../../core/importing/importSql';
import { ImportFailure, messageOf } from './importFailure';

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
  /** `_import.<table>` holding the parsed JSON until it is loaded or discarded. */
  stagedTable?: string;
  dialect?: CsvDialect;
  columns: ImportColumn[];
  sampleRows: Cell[][];
  /** Exact row count when known before loading (JSON), else undefined. */
  rowCount?: number;
  suggestedName: string;
}

/** Schema holding staged JSON. */
export const STAGING_SCHEMA = '_import';
/** JSON files above this size are not decoded again in JavaScript to locate an error. */
const LOCATE_LIMIT = 64 * 1024 * 1024;
let counter = 0;

function vfsName(fileName: string): string {
  counter += 1;
  const safe = fileName.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60);
  return `import_${Date.now().toString(36)}_${counter}_${safe}`;
}

function describeRows(rows: Cell[][]): ImportColumn[] {
  return rows.map((r) => ({ name: String(r[0]), detectedType: String(r[1]), type: String(r[1]) }));
}

/** Detect the schema of a file and sample it. Throws ImportFailure with the line and reason. */
export async function previewImport(engine: Engine, source: ImportSource, takenNames: readonly string[]): Promise<ImportPreview> {
  const check = checkFile(source.name, source.bytes);
  if (!check.ok) throw new ImportFailure(source.name, { reason: check.reason.replace(/\.$/, '') });
  const suggestedName = suggestTableName(source.name, takenNames);
  switch (check.kind) {
    case 'csv': return previewCsv(engine, source, suggestedName);
    case 'json': return previewJson(engine, source, suggestedName);
    case 'parquet': return previewParquet(engine, source, suggestedName);
  }
}

async function previewCsv(engine: Engine, source: ImportSource, suggestedName: string): Promise<ImportPreview> {
  const head = new TextDecoder().decode(source.bytes.subarray(0, 65536));
  const header = firstLine(head);
  const delimiter = guessDelimiter(header);
  const registeredName = vfsName(source.name);
  await engine.registerFile(registeredName, source.bytes);
  const fail = async (error: unknown): Promise<never> => {
    await engine.dropFile(registeredName).catch(() => undefined);
    throw new ImportFailure(source.name, explainImportError(messageOf(error)));
  };
  let sniff;
  try {
    sniff = await engine.query(
      `SELECT Columns, HasHeader, DateFormat, TimestampFormat FROM sniff_csv(${sqlString(registeredName)}, delim=${sqlString(delimiter)}, quote='"', escape='"')`);
  } catch (sniffError) {
    // The sniffer only says it gave up; a strict read of every column as text names the line.
    const fields = splitCsvLine(header, delimiter).map((_, i) => ({ name: `c${i}`, type: 'VARCHAR' }));
    try {
      await engine.query(`SELECT count(*) FROM ${csvReadSql(registeredName, { delimiter, header: true }, fields)}`);
    } catch (strictError) {
      return fail(strictError);
    }
    return fail(sniffError);
  }
  const [cols, hasHeader, dateFormat, timestampFormat] = sniff.rows[0] ?? [];
  const columns = (Array.isArray(cols) ? cols : []).map((c) => {
    const o = c as { name: string; type: string };
    return { name: o.name, detectedType: o.type, type: o.type };
  });
  const dialect: CsvDialect = { delimiter, header: hasHeader === true };
  if (typeof dateFormat === 'string' && dateFormat) dialect.dateFormat = dateFormat;
  if (typeof timestampFormat === 'string' && timestampFormat) dialect.timestampFormat = timestampFormat;
  let sampleRows: Cell[][];
  try {
    sampleRows = (await engine.query(`SELECT * FROM ${csvReadSql(registeredName, dialect, columns)} LIMIT 10`)).rows;
  } catch (error) {
    return fail(error);
  }
  return { fileName: source.name, kind: 'csv', registeredName, dialect, columns, sampleRows, suggestedName };
}

async function locate(source: ImportSource, layout: JsonLayout, fallback: unknown): Promise<ImportFailure> {
  const problem = explainImportError(messageOf(fallback));
  if (source.bytes.length <= LOCATE_LIMIT) {
    const where = locateJsonError(new TextDecoder().decode(source.bytes), layout);
    if (where) return new ImportFailure(source.name, where);
  }
  return new ImportFailure(source.name, problem);
}

async function previewJson(engine: Engine, source: ImportSource, suggestedName: string): Promise<ImportPreview> {
  const layout = jsonLayout(source.bytes);
  const registeredName = vfsName(source.name);
  const stage = `stage_${Date.now().toString(36)}_${++counter}`;
  const stagedTable = `${STAGING_SCHEMA}.${stage}`;
  await engine.query(`CREATE SCHEMA IF NOT EXISTS ${STAGING_SCHEMA}`);
  await engine.registerFile(registeredName, toJsonArray(source.bytes, layout));
  try {
    await engine.insertJson(registeredName, stage, STAGING_SCHEMA);
  } catch (error) {
    throw await locate(source, layout, error);
  } finally {
    await engine.dropFile(registeredName).catch(() => undefined);
  }
  const described = await engine.query(`DESCRIBE ${stagedTable}`);
  const columns = orderColumns(describeRows(described.rows), firstRecordKeys(source.bytes, layout));
  const list = columns.map((c) => quoteIdent(c.name)).join(', ');
  const sample = await engine.query(`SELECT ${list} FROM ${stagedTable} LIMIT 10`);
  const count = await engine.query(`SELECT count(*) FROM ${stagedTable}`);
  return {
    fileName: source.name, kind: 'json', registeredName, stagedTable, columns,
    sampleRows: sample.rows, rowCount: Number(count.rows[0]?.[0] ?? 0), suggestedName,
  };
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
