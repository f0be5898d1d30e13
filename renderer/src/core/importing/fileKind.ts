/**
 * What kind of file the user dropped, decided from its name and first bytes, before DuckDB sees
 * it: binary files are refused here with a plain reason instead of a sniffer's wall of text.
 */

/** The formats the importer knows. */
export type FileKind = 'csv' | 'json' | 'parquet' | 'duckdb' | 'unknown';

/** Outcome of looking at a file: a kind to import, or a reason to refuse it. */
export type FileCheck =
  | { ok: true; kind: Exclude<FileKind, 'unknown' | 'duckdb'> }
  | { ok: false; kind: FileKind; reason: string };

const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31]; // "PAR1"
const DUCKDB_MAGIC_AT_8 = [0x44, 0x55, 0x43, 0x4b]; // "DUCK" at offset 8

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

/** Extension (lower case, no dot) of a file name, '' when it has none. */
export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}

/**
 * Byte offset of the first byte that cannot be in a text file (NUL, or a control character other
 * than tab/newline/carriage return/form feed), looking at the first `window` bytes; -1 if none.
 */
export function firstBinaryByte(bytes: Uint8Array, window = 8192): number {
  const end = Math.min(bytes.length, window);
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0 || (b < 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 12)) return i;
  }
  return -1;
}

/** True when the bytes hold nothing but whitespace (or a UTF-8 byte order mark). */
export function isBlank(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 0x20 || b === 9 || b === 10 || b === 13) continue;
    if (i === 0 && b === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) { i += 2; continue; }
    return false;
  }
  return true;
}

/** Line number (1-based) of a byte offset. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Decide what a file is and whether the importer can take it. */
export function checkFile(fileName: string, bytes: Uint8Array): FileCheck {
  const ext = extensionOf(fileName);
  if (startsWith(bytes, PARQUET_MAGIC)) return { ok: true, kind: 'parquet' };
  if (startsWith(bytes, DUCKDB_MAGIC_AT_8, 8)) {
    return { ok: false, kind: 'duckdb', reason: 'This is a DuckDB database file; open it with the DuckDB CLI, or export its tables as CSV and import those.' };
  }
  if (ext === 'parquet') return { ok: false, kind: 'parquet', reason: 'The file is named .parquet but does not start with the Parquet marker "PAR1".' };
  const kind: FileKind = ext === 'json' || ext === 'ndjson' || ext === 'jsonl' ? 'json'
    : ext === 'csv' || ext === 'tsv' || ext === 'txt' ? 'csv' : 'unknown';
  if (bytes.length === 0 || isBlank(bytes)) return { ok: false, kind, reason: 'The file is empty.' };
  // UTF-16 text (with its byte order mark) is full of zero bytes; the CSV reader converts it.
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  const bad = utf16 ? -1 : firstBinaryByte(bytes);
  if (bad >= 0) {
    const line = lineOfOffset(bytes, bad);
    return { ok: false, kind, reason: `Line ${line}: byte ${bad + 1} is 0x${bytes[bad]!.toString(16).padStart(2, '0')}, which never appears in a text file; this looks like a binary file, not ${kind === 'json' ? 'JSON' : 'CSV'} text.` };
  }
  if (kind !== 'unknown') return { ok: true, kind };
  // No telling extension: JSON starts with [ or {, anything else is treated as delimited text.
  const first = bytes.find((b) => b !== 0x20 && b !== 9 && b !== 10 && b !== 13 && b !== 0xef && b !== 0xbb && b !== 0xbf);
  return { ok: true, kind: first === 0x5b || first === 0x7b ? 'json' : 'csv' };
}
