/**
 * Storage of one style, measured the way DuckDB really stores it: the schema's tables are
 * copied into a database file attached in the engine's file system and checkpointed, so the
 * figures are compressed column segments on disk — in-memory tables are not compressed and
 * would mislead. CSV bytes give the row-oriented text size of the same rows.
 */
import { columnBytes, type SegmentRow } from '../../core/measure/segments';
import type { Engine } from '../engine';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';
import { num, text } from './cells';
import { csvBytesOfTable, type CsvMethod } from './csvBytes';

/** One column of a measured table. */
export interface ColumnStorage {
  name: string;
  type: string;
  /** Bytes of its segments in the checkpointed file (share of the blocks it occupies). */
  bytes: number;
  /** Compression codecs and the bytes stored with each, largest first. */
  codecs: { codec: string; bytes: number }[];
  /** Distinct values (null for nested columns, which are not counted). */
  distinct: number | null;
  /** rows / distinct: how many times each value is stored on average (null when not counted). */
  repetition: number | null;
}

/** One measured table. */
export interface TableStorage {
  table: string;
  rows: number;
  columns: ColumnStorage[];
  /** Sum of its columns' bytes in the DuckDB file. */
  duckdbBytes: number;
  /** Size of `COPY … TO 'x.csv' (HEADER)`. */
  csvBytes: number;
}

/** Storage of one style (one schema). */
export interface StyleStorage {
  schema: string;
  tables: TableStorage[];
  rows: number;
  columns: number;
  /** Used blocks × block size of the checkpointed file: what the style costs on disk. */
  duckdbBytes: number;
  /** Bytes of column data only (the tables' sum); smaller than duckdbBytes by metadata and free space. */
  dataBytes: number;
  blockSize: number;
  csvBytes: number;
  /**
   * 'copy' when COPY TO + reading the file worked, 'estimate' when the size was computed in SQL,
   * 'sample' when some table's size was extrapolated from a random sample of its rows.
   */
  csvMethod: CsvMethod;
}

/** Options for storage measurement. */
export interface StorageOptions {
  /** Prefix for the files written (a folder with trailing slash in Node; '' in the browser VFS). */
  fileDir?: string;
  /** Count distinct values per column (default true; the slowest part on large tables). */
  distinct?: boolean;
  /** Estimate the CSV size of tables over this many rows from a sample of as many (default: every row). */
  csvSampleRows?: number;
  signal?: AbortSignal;
}

const NESTED = /\[\]$|^STRUCT|^MAP|^UNION|\[\d+\]$/i;

function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new DOMException('Measurement cancelled', 'AbortError');
}

async function listColumns(engine: Engine, schema: string): Promise<Map<string, { name: string; type: string }[]>> {
  const res = await engine.query(
    `SELECT table_name, column_name, data_type FROM duckdb_columns()
     WHERE database_name = current_database() AND schema_name = ${sqlString(schema)} AND NOT internal
     ORDER BY table_name, column_index`,
  );
  const tables = new Map<string, { name: string; type: string }[]>();
  for (const [t, c, ty] of res.rows) {
    const list = tables.get(text(t)) ?? [];
    list.push({ name: text(c), type: text(ty) });
    tables.set(text(t), list);
  }
  return tables;
}

async function distinctCounts(engine: Engine, schema: string, table: string, columns: { name: string; type: string }[]): Promise<{ rows: number; distinct: (number | null)[] }> {
  const flat = columns.map((c, i) => (NESTED.test(c.type) ? null : `count(DISTINCT ${quoteIdent(c.name)}) AS d${i}`));
  const exprs = ['count(*) AS n', ...flat.filter((e): e is string => e !== null)];
  const res = await engine.query(`SELECT ${exprs.join(', ')} FROM ${quoteIdent(schema)}.${quoteIdent(table)}`);
  const row = res.rows[0] ?? [];
  let k = 1;
  const distinct = flat.map((e) => (e === null ? null : num(row[k++])));
  return { rows: num(row[0]), distinct };
}

/** Copy `schema`'s tables into a checkpointed file and measure it; the file is dropped after. */
export async function storageOfSchema(engine: Engine, schema: string, options: StorageOptions = {}): Promise<StyleStorage> {
  const dir = options.fileDir ?? '';
  const alias = `m_${schema.replace(/\W/g, '_')}`;
  const file = `${dir}${alias}.duckdb`;
  const tables = await listColumns(engine, schema);
  if (tables.size === 0) throw new Error(`No tables in schema "${schema}": build the pack first`);

  await engine.query(`DETACH DATABASE IF EXISTS ${quoteIdent(alias)}`);
  await engine.dropFile(file).catch(() => undefined);
  await engine.dropFile(`${file}.wal`).catch(() => undefined);
  await engine.query(`ATTACH ${sqlString(file)} AS ${quoteIdent(alias)}`);
  let blockSize = 0;
  let usedBlocks = 0;
  const segments: SegmentRow[] = [];
  try {
    for (const table of tables.keys()) {
      checkAbort(options.signal);
      await engine.query(`CREATE TABLE ${quoteIdent(alias)}.${quoteIdent(table)} AS SELECT * FROM ${quoteIdent(schema)}.${quoteIdent(table)}`);
    }
    await engine.query(`CHECKPOINT ${quoteIdent(alias)}`);
    const size = await engine.query(`SELECT block_size, used_blocks FROM pragma_database_size() WHERE database_name = ${sqlString(alias)}`);
    blockSize = num(size.rows[0]?.[0]);
    usedBlocks = num(size.rows[0]?.[1]);
    for (const table of tables.keys()) {
      const info = await engine.query(
        `SELECT column_name, compression, segment_type, block_id, block_offset, len(additional_block_ids)
         FROM pragma_storage_info(${sqlString(`${alias}.${table}`)})`,
      );
      for (const r of info.rows) {
        // Column names are prefixed by their table so that blocks shared across tables split correctly.
        segments.push({ column: `${table}\u0000${text(r[0])}`, compression: text(r[1]), segmentType: text(r[2]), blockId: num(r[3]), blockOffset: num(r[4]), additionalBlocks: num(r[5]) || 0 });
      }
    }
  } finally {
    await engine.query(`DETACH DATABASE IF EXISTS ${quoteIdent(alias)}`).catch(() => undefined);
    await engine.dropFile(file).catch(() => undefined);
    await engine.dropFile(`${file}.wal`).catch(() => undefined);
  }
  const bytesByColumn = new Map(columnBytes(segments, blockSize).map((c) => [c.column, c]));

  const out: TableStorage[] = [];
  let csvMethod: CsvMethod = 'copy';
  for (const [table, cols] of tables) {
    checkAbort(options.signal);
    const counts = options.distinct === false
      ? { rows: num((await engine.query(`SELECT count(*) FROM ${quoteIdent(schema)}.${quoteIdent(table)}`)).rows[0]?.[0]), distinct: cols.map(() => null) }
      : await distinctCounts(engine, schema, table, cols);
    const csv = await csvBytesOfTable(engine, schema, table, cols, { dir, rows: counts.rows, sampleRows: options.csvSampleRows });
    // The least exact method of any table names the style's.
    if (csv.method === 'sample' || (csv.method === 'estimate' && csvMethod === 'copy')) csvMethod = csv.method;
    const columns = cols.map((c, i) => {
      const b = bytesByColumn.get(`${table}\u0000${c.name}`);
      const d = counts.distinct[i] ?? null;
      return { name: c.name, type: c.type, bytes: b?.bytes ?? 0, codecs: b?.codecs ?? [], distinct: d, repetition: d ? counts.rows / d : null };
    });
    out.push({ table, rows: counts.rows, columns, duckdbBytes: columns.reduce((t, c) => t + c.bytes, 0), csvBytes: csv.bytes });
  }
  return {
    schema,
    tables: out,
    rows: out.reduce((t, x) => t + x.rows, 0),
    columns: out.reduce((t, x) => t + x.columns.length, 0),
    duckdbBytes: usedBlocks * blockSize,
    dataBytes: out.reduce((t, x) => t + x.duckdbBytes, 0),
    blockSize,
    csvBytes: out.reduce((t, x) => t + x.csvBytes, 0),
    csvMethod,
  };
}
