/**
 * Preview a delimited text file the way a careful reader would: decode it, find its dialect,
 * stage every row as text (rows with too few fields padded, extra fields kept in `_extra`, rows
 * DuckDB cannot read set aside in a rejects table), let DuckDB's sniffer type the columns from
 * the well-formed rows, and check every value against its type so a value that does not fit is
 * named by its line instead of becoming NULL. Everything the importer changed is a sentence in
 * `repairs`.
 */
import type { Cell } from '../../core/result';
import type { Engine } from '../engine';
import { detectDialect, guessDecimalMark, headerNames, looksLikeUnitsRow, modalFields, scanRecords, splitRecord, type CsvRecord, type Dialect } from '../../core/importing/csvDialect';
import { prepareText } from '../../core/importing/csvText';
import { describeRepairs, type Repairs, type RowIssue } from '../../core/importing/csvRepairs';
import { castExpr, csvStageReadSql, DEFAULT_MAX_LINE, type CsvDialect, type DecimalMark, type ImportColumn } from '../../core/importing/importSql';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';
import { asImportFailure } from './importFailure';
import type { ImportPreview, ImportSource } from './previewImport';
import { newStageName, STAGING_SCHEMA, vfsName } from './staging';

/** Records given to DuckDB's sniffer to type the columns. */
const SNIFF_RECORDS = 2000;

interface Sniffed {
  hasHeader: boolean;
  types: string[];
  dateFormat?: string;
  timestampFormat?: string;
}

/** DuckDB's reader options for numbers written with a decimal comma (1.234,56). */
function numberOptions(decimal: DecimalMark | undefined): string {
  return decimal === ',' ? ", decimal_separator=',', thousands='.'" : '';
}

/** Let DuckDB type the columns from well-formed records only (its sniffer gives up on a broken row). */
async function sniffTypes(engine: Engine, text: string, d: Dialect, records: CsvRecord[], width: number, decimal: DecimalMark): Promise<Sniffed | null> {
  const sample = records.filter((r) => r.fields === width).slice(0, SNIFF_RECORDS).map((r) => text.slice(r.start, r.end)).join('\n');
  const name = vfsName('sniff.csv');
  await engine.registerFile(name, new TextEncoder().encode(`${sample}\n`));
  try {
    const r = await engine.query(
      `SELECT Columns, HasHeader, DateFormat, TimestampFormat FROM sniff_csv(${sqlString(name)}, delim=${sqlString(d.delimiter)}, quote=${sqlString(d.quote)}, escape=${sqlString(d.quote === '' ? '' : d.escape)}, skip=0${numberOptions(decimal)})`);
    const [cols, hasHeader, dateFormat, timestampFormat] = r.rows[0] ?? [];
    const types = (Array.isArray(cols) ? cols : []).map((c) => String((c as { type: string }).type));
    if (types.length !== width) return null;
    return {
      hasHeader: hasHeader === true, types,
      ...(typeof dateFormat === 'string' && dateFormat ? { dateFormat } : {}),
      ...(typeof timestampFormat === 'string' && timestampFormat ? { timestampFormat } : {}),
    };
  } catch {
    return null;
  } finally {
    await engine.dropFile(name).catch(() => undefined);
  }
}

/**
 * The user's choices of dialect, when they changed the guess; and `asText`: stage every value as
 * text even when the file is clean, so a column the learner changes to text keeps the file's own
 * spelling (08/01/2024, 1.50) instead of the typed value's (2024-01-08, 1.5). For JSON, `member`:
 * which member of an object holding arrays of records is loaded.
 */
export type DialectChoice = Partial<Pick<CsvDialect, 'delimiter' | 'quote' | 'escape' | 'skip' | 'headerRows' | 'decimal'>> & { asText?: boolean; member?: string };

/** Preview a CSV (or TSV, or any delimited text). Throws ImportFailure; leaves nothing behind on failure. */
export async function previewCsv(engine: Engine, source: ImportSource, suggestedName: string, choice: DialectChoice = {}): Promise<ImportPreview> {
  const prepared = prepareText(source.bytes);
  const { text } = prepared;
  const guessed = detectDialect(text);
  const d: Dialect = { ...guessed, ...choice };
  if (d.quote === '') d.escape = '';
  const all = scanRecords(text, d);
  const afterSkip = all.filter((r) => r.line > d.skip && r.end > r.start);
  const common = modalFields(afterSkip.slice(d.headerRows), d.headerRows > 0 ? afterSkip[0]?.fields : undefined);
  const width = Math.max(1, common.count > 0 ? common.fields : afterSkip[0]?.fields ?? 1);
  // Header rows: a first data row that does not fit the rows below it (a line of units) is a
  // second header row; DuckDB's sniffer says whether there is a header at all.
  const rowsOf = (rs: readonly CsvRecord[]): string[][] => rs.map((r) => splitRecord(text.slice(r.start, r.end), d));
  const units = choice.headerRows === undefined && afterSkip.length > 3
    && looksLikeUnitsRow(rowsOf([afterSkip[1]!])[0]!, rowsOf(afterSkip.slice(2, 22)));
  const decimal = choice.decimal ?? guessDecimalMark(rowsOf(afterSkip.slice(0, SNIFF_RECORDS)), d.delimiter);
  const sniffed = await sniffTypes(engine, text, d, units ? [afterSkip[0]!, ...afterSkip.slice(2)] : afterSkip, width, decimal);
  if (choice.headerRows === undefined) d.headerRows = units ? 2 : sniffed && !sniffed.hasHeader ? 0 : 1;
  const headerRecords = afterSkip.slice(0, d.headerRows);
  const data = afterSkip.slice(d.headerRows);
  const names = headerNames(rowsOf(headerRecords), width);
  // DuckDB skips lines, not records: every line before the first data row (blank ones too).
  const lastHeader = headerRecords[headerRecords.length - 1];
  const firstDataLine = data[0]?.line ?? (lastHeader ? lastHeader.line + lastHeader.lines : d.skip + 1);
  let extra = 0;
  let longest = 0;
  for (const r of data) {
    extra = Math.max(extra, r.fields - width);
    longest = Math.max(longest, r.end - r.start);
  }
  // Characters to UTF-8 bytes, by the file's average (exact for ASCII), with room to spare.
  longest = Math.ceil(longest * Math.max(1, source.bytes.length / Math.max(1, text.length)) * 1.1);

  const registeredName = vfsName(source.name);
  const stage = newStageName();
  const stagedTable = `${STAGING_SCHEMA}.${stage}`;
  const rejectsTable = `${stage}_rejects`;
  const dialect: CsvDialect = { delimiter: d.delimiter, quote: d.quote, escape: d.escape, skip: d.skip, headerRows: d.headerRows };
  if (sniffed?.dateFormat) dialect.dateFormat = sniffed.dateFormat;
  if (sniffed?.timestampFormat) dialect.timestampFormat = sniffed.timestampFormat;
  if (decimal === ',') dialect.decimal = ',';
  const numberNotes = decimal === ',' && choice.decimal === undefined
    ? ['Numbers are written with a decimal comma (as 1.234,56), so they are read as 1234.56; change "Decimal mark" if that is wrong.'] : [];
  const cleanup = async (): Promise<void> => {
    await engine.query(`DROP TABLE IF EXISTS ${stagedTable}; DROP TABLE IF EXISTS temp.main.${quoteIdent(rejectsTable)}; DROP TABLE IF EXISTS temp.main.${quoteIdent(`${rejectsTable}_scan`)}`).catch(() => undefined);
    await engine.dropFile(registeredName).catch(() => undefined);
  };
  try {
    await engine.registerFile(registeredName, prepared.changed ? new TextEncoder().encode(text) : source.bytes);
    // A clean file (every record as wide as the header, no quote left open, lines within
    // DuckDB's limit) is read once with the detected types; anything DuckDB does not take as
    // is (a value that does not fit, a stray quote) falls back to staging every value as text.
    const clean = !choice.asText && sniffed !== null && extra === 0 && longest <= DEFAULT_MAX_LINE && data.length > 0 && data.every((r) => r.fields === width && !r.unterminated);
    if (clean) {
      const columns = names.map((name, i) => ({ name, detectedType: sniffed.types[i]!, type: sniffed.types[i]! }));
      const read = await readTyped(engine, registeredName, stagedTable, dialect, columns, firstDataLine - 1, data.length);
      if (read) {
        await engine.dropFile(registeredName).catch(() => undefined);
        return {
          fileName: source.name, kind: 'csv', registeredName, stagedTable, typed: true, dialect, columns,
          sampleRows: read, rowCount: data.length, suggestedName, lineOfRow: data.map((r) => r.line),
          repairs: { rowsRepaired: 0, rowsSetAside: 0, notes: [...prepared.notes, ...numberNotes] },
        };
      }
    }
    const staged = Array.from({ length: width }, (_, i) => `c${i + 1}`);
    const extras = Array.from({ length: extra }, (_, i) => `c${width + i + 1}`);
    const extraSql = extras.length > 0 ? `, NULLIF(concat_ws(${sqlString(d.delimiter)}, ${extras.map(quoteIdent).join(', ')}), '') AS _extra` : '';
    await engine.query(
      `CREATE SCHEMA IF NOT EXISTS ${STAGING_SCHEMA}; CREATE TABLE ${stagedTable} AS SELECT row_number() OVER () AS _row, ${staged.map(quoteIdent).join(', ')}${extraSql} FROM ${csvStageReadSql(registeredName, dialect, width + extra, rejectsTable, longest, firstDataLine - 1)}`);
    // Staged: the file is not read again (a changed dialect or a restore registers it anew).
    await engine.dropFile(registeredName).catch(() => undefined);
    const columns: ImportColumn[] = names.map((name, i) => {
      const t = sniffed?.types[i] ?? 'VARCHAR';
      return { name, detectedType: t, type: t, source: staged[i]! };
    });
    if (extra > 0) columns.push({ name: '_extra', detectedType: 'VARCHAR', type: 'VARCHAR', source: '_extra' });
    // One statement gives the sample, the row count and every value checked against its type.
    const checks = badValueChecks(columns, dialect, true);
    const sampleSql = (cols: ImportColumn[], extraSql = ''): string =>
      `SELECT ${cols.map((c) => `${castExpr(c.source!, c.type, dialect, true)} AS ${quoteIdent(c.name)}`).join(', ')}, count(*) OVER () AS _rows${extraSql} FROM ${stagedTable} ORDER BY _row LIMIT 10`;
    let sample = await engine.query(sampleSql(columns, checks.sql.length ? `, ${checks.sql.join(', ')}` : ''));
    const rowCount = Number(sample.rows[0]?.[columns.length] ?? 0);
    const badValues = sample.rows[0] ? checks.read(sample.rows[0], columns.length + 1) : [];
    // Rows DuckDB could not read are missing from the stage: only then is the rejects table read.
    const setAside: RowIssue[] = rowCount === data.length ? [] : (await engine.query(
      `SELECT line, error_type, csv_line FROM temp.main.${quoteIdent(rejectsTable)} ORDER BY line`)).rows.map((r) => ({ line: Number(r[0]), kind: String(r[1]), text: String(r[2] ?? '') }));
    const asideLines = new Set(setAside.map((r) => r.line));
    const good = data.filter((r) => !asideLines.has(r.line));
    const issues: RowIssue[] = good.flatMap((r) => (r.fields === width ? [] : [{ line: r.line, kind: r.fields > width ? 'extra' : 'missing', count: Math.abs(r.fields - width), text: text.slice(r.start, r.end) }]));

    // A value that does not fit its detected type is named, and its column stays text.
    const typeNotes: string[] = [];
    for (const bad of badValues) {
      const c = columns[bad.index]!;
      const line = good[bad.row - 1]?.line;
      typeNotes.push(`Column "${c.name}" is kept as text: ${line ? `line ${line} holds` : 'a value is'} "${bad.value}", ${valueProblem(bad.value, c.detectedType)}${bad.count > 1 ? ` (and ${bad.count - 1} more value${bad.count > 2 ? 's' : ''})` : ''}.`);
      columns[bad.index] = { ...c, detectedType: 'VARCHAR', type: 'VARCHAR' };
    }
    if (badValues.length > 0) sample = await engine.query(sampleSql(columns));
    // The two readers disagreeing on the number of rows is said, never passed over.
    if (rowCount + setAside.length !== data.length) {
      typeNotes.push(`DuckDB read ${rowCount} rows and set aside ${setAside.length}, but the studio counts ${data.length} records in the file; compare the table with the file before relying on it.`);
    }
    const repairs: Repairs = describeRepairs(issues, setAside, { width, extraColumn: '_extra' });
    return {
      fileName: source.name, kind: 'csv', registeredName, stagedTable, rejectsTable: setAside.length > 0 ? rejectsTable : undefined,
      dialect, columns, sampleRows: sample.rows.map((r) => r.slice(0, columns.length)), rowCount, suggestedName,
      lineOfRow: good.map((r) => r.line),
      repairs: { ...repairs, notes: [...prepared.notes, ...numberNotes, ...repairs.notes, ...typeNotes] },
    };
  } catch (error) {
    await cleanup();
    throw asImportFailure(source.name, error);
  }
}

/**
 * Stage a clean file straight with its detected types: the sample rows, or null (nothing left
 * behind) when DuckDB refuses a value, reads another number of rows, or reads a number as
 * infinity that the file does not spell so (the text path then names the value and its line).
 */
async function readTyped(engine: Engine, fileName: string, stagedTable: string, d: CsvDialect, columns: readonly ImportColumn[], skipLines: number, records: number): Promise<Cell[][] | null> {
  const types = columns.map((c, i) => `'c${i + 1}': ${sqlString(c.type)}`).join(', ');
  const formats = `${d.dateFormat ? `, dateformat=${sqlString(d.dateFormat)}` : ''}${d.timestampFormat ? `, timestampformat=${sqlString(d.timestampFormat)}` : ''}`;
  const select = columns.map((c, i) => `c${i + 1} AS ${quoteIdent(c.name)}`).join(', ');
  const doubles = columns.filter((c) => /^(DOUBLE|FLOAT|REAL)$/.test(c.type)).map((c) => `isinf(${quoteIdent(c.name)})`);
  try {
    await engine.query(
      `CREATE SCHEMA IF NOT EXISTS ${STAGING_SCHEMA}; CREATE TABLE ${stagedTable} AS SELECT row_number() OVER () AS _row, ${select} FROM read_csv(${sqlString(fileName)}, delim=${sqlString(d.delimiter)}, quote=${sqlString(d.quote)}, escape=${sqlString(d.quote === '' ? '' : d.escape)}, skip=${skipLines}, header=false, auto_detect=false, columns={${types}}${formats}${numberOptions(d.decimal)})`);
    const sample = await engine.query(
      `SELECT ${columns.map((c) => quoteIdent(c.name)).join(', ')}, count(*) OVER () AS _rows, ${doubles.length ? `bool_or(${doubles.join(' OR ')}) OVER ()` : 'false'} AS _inf FROM ${stagedTable} ORDER BY _row LIMIT 10`);
    const first = sample.rows[0];
    if (first && Number(first[columns.length]) === records && first[columns.length + 1] !== true) return sample.rows.map((r) => r.slice(0, columns.length));
  } catch {
    // Not clean after all: the text path reads it.
  }
  await engine.query(`DROP TABLE IF EXISTS ${stagedTable}`).catch(() => undefined);
  return null;
}

/** Why a value does not fit a type, in words. */
function valueProblem(value: string, type: string): string {
  if (/^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?$/.test(value.trim()) && /DOUBLE|FLOAT|REAL|INT|DECIMAL/.test(type)) return `which is out of the range of ${type}`;
  return `which is not a valid ${type}`;
}

interface BadValue { index: number; row: number; value: string; count: number }

/**
 * Aggregates finding, per typed column, how many values do not convert, the first such row and
 * its text (window aggregates when they ride along with the sample); `read` picks them from a row.
 */
function badValueChecks(columns: readonly ImportColumn[], formats: CsvDialect, window: boolean): { sql: string[]; read(row: readonly unknown[], offset: number): BadValue[] } {
  const over = window ? ' OVER ()' : '';
  const checked = columns.flatMap((c, i) => {
    if (c.type === 'VARCHAR' || c.source === undefined) return [];
    const col = quoteIdent(c.source);
    const t = castExpr(c.source, c.type, formats, true);
    // DuckDB reads a number beyond DOUBLE's range as infinity: that is a value that does not fit.
    const overflow = /^(DOUBLE|FLOAT|REAL)$/.test(c.type) ? ` OR (isinf(${t}) AND lower(${col}) NOT LIKE '%inf%')` : '';
    const bad = `NULLIF(trim(${col}), '') IS NOT NULL AND (${t} IS NULL${overflow})`;
    return [{ i, sql: `count(*) FILTER (WHERE ${bad})${over}, min(_row) FILTER (WHERE ${bad})${over}, arg_min(${col}, _row) FILTER (WHERE ${bad})${over}` }];
  });
  return {
    sql: checked.map((c) => c.sql),
    read: (row, offset) => checked.flatMap((c, k) => {
      const count = Number(row[offset + 3 * k] ?? 0);
      return count > 0 ? [{ index: c.i, row: Number(row[offset + 3 * k + 1]), value: String(row[offset + 3 * k + 2]), count }] : [];
    }),
  };
}

/** The first value (by row) of each column that does not convert to its type: one scan of the stage. */
export async function firstBadValues(engine: Engine, stagedTable: string, columns: readonly ImportColumn[], formats: CsvDialect): Promise<BadValue[]> {
  const checks = badValueChecks(columns, formats, false);
  if (checks.sql.length === 0) return [];
  const r = await engine.query(`SELECT ${checks.sql.join(', ')} FROM ${stagedTable}`);
  return checks.read(r.rows[0] ?? [], 0);
}
