/**
 * Arrow → the studio's plain `Cell` values. Works column by column on Arrow `Data` (one pass per
 * column, children converted once and sliced), so a million-row result converts quickly and
 * nested lists of structs come out as plain arrays of objects.
 *
 * It reads Arrow buffers directly rather than through `Vector`: in Node, DuckDB-Wasm's CommonJS
 * build and our ES module import load two copies of apache-arrow, so `instanceof` checks inside
 * Arrow's own constructors fail across them; `DataType.isX` compares type ids and works.
 */
import { DataType, type Data, type RecordBatch } from 'apache-arrow';
import type { Cell } from '../core/result';
import { formatDate, formatInterval, formatTimeOfDay, formatTimestamp, toMicros } from './temporal';

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** A 64-bit (or wider) integer as a number when exact, else as its decimal string. */
export function bigintCell(v: bigint): number | string {
  return v <= MAX_SAFE && v >= -MAX_SAFE ? Number(v) : v.toString();
}

/** A two's-complement little-endian integer of `words` 32-bit words. */
function wordsToBigInt(values: Uint32Array, at: number, words: number, signed: boolean): bigint {
  let v = 0n;
  for (let k = words - 1; k >= 0; k--) v = (v << 32n) | BigInt(values[at + k] ?? 0);
  const bits = BigInt(words * 32);
  return signed && v >> (bits - 1n) === 1n ? v - (1n << bits) : v;
}

/** An unscaled decimal as a number when the digits fit a double exactly, else the exact string. */
export function decimalCell(unscaled: bigint, scale: number): number | string {
  const negative = unscaled < 0n;
  const digits = (negative ? -unscaled : unscaled).toString().padStart(scale + 1, '0');
  const text = `${negative ? '-' : ''}${scale > 0 ? `${digits.slice(0, -scale)}.${digits.slice(-scale)}` : digits}`;
  return unscaled <= MAX_SAFE && unscaled >= -MAX_SAFE ? Number(text) : text;
}

/** The shortest decimal that is the same FLOAT, as DuckDB prints it (0.1, not 0.10000000149011612). */
export function shortestFloat32(v: number): number {
  if (!Number.isFinite(v)) return v;
  for (let digits = 1; digits < 10; digits++) {
    const candidate = Number(v.toPrecision(digits));
    if (Math.fround(candidate) === v) return candidate;
  }
  return v;
}

/** Bytes as DuckDB prints a BLOB: printable ASCII as is; quotes, backslash and the rest as `\xHH`. */
export function blobCell(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) {
    out += b >= 32 && b < 127 && b !== 92 && b !== 39 && b !== 34 ? String.fromCharCode(b) : `\\x${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }
  return out;
}

/** Convert every row of one column's `Data` (length `data.length`) to cells. */
export function columnCells(data: Data): Cell[] {
  const n = data.length;
  const values = computeValues(data);
  if (data.nullCount > 0) {
    for (let i = 0; i < n; i++) if (!data.getValid(i)) values[i] = null;
  }
  return values;
}

function computeValues(data: Data): Cell[] {
  const type = data.type;
  const n = data.length;
  const out: Cell[] = new Array(n);
  const raw = data.values as ArrayLike<number | bigint> | undefined;
  if (DataType.isNull(type)) return out.fill(null);
  if (DataType.isInt(type)) {
    const ints = raw as ArrayLike<number | bigint>;
    if (type.bitWidth === 64) for (let i = 0; i < n; i++) out[i] = bigintCell(ints[i] as bigint);
    else for (let i = 0; i < n; i++) out[i] = ints[i] as number;
    return out;
  }
  if (DataType.isFloat(type) && type.precision === 1) {
    for (let i = 0; i < n; i++) out[i] = shortestFloat32(raw?.[i] as number);
    return out;
  }
  if (DataType.isFloat(type) && type.precision === 2) {
    for (let i = 0; i < n; i++) out[i] = raw?.[i] as number;
    return out;
  }
  if (DataType.isDecimal(type)) {
    const words = type.bitWidth / 32;
    const u32 = data.values as unknown as Uint32Array;
    for (let i = 0; i < n; i++) out[i] = decimalCell(wordsToBigInt(u32, i * words, words, true), type.scale);
    return out;
  }
  if (DataType.isDate(type) && type.unit === 0) {
    for (let i = 0; i < n; i++) out[i] = formatDate(raw?.[i] as number);
    return out;
  }
  if (DataType.isTimestamp(type)) {
    for (let i = 0; i < n; i++) out[i] = formatTimestamp(BigInt(raw?.[i] ?? 0), type.unit, Boolean(type.timezone));
    return out;
  }
  if (DataType.isTime(type)) {
    for (let i = 0; i < n; i++) out[i] = formatTimeOfDay(toMicros(BigInt(raw?.[i] ?? 0), type.unit));
    return out;
  }
  if (DataType.isInterval(type) && (type.unit as number) === 2) {
    // MONTH_DAY_NANO: per row int32 months, int32 days, int64 nanoseconds (as two int32 words).
    const i32 = data.values as unknown as Int32Array;
    const u32 = new Uint32Array(i32.buffer, i32.byteOffset, i32.length);
    for (let i = 0; i < n; i++) out[i] = formatInterval(i32[4 * i] ?? 0, i32[4 * i + 1] ?? 0, wordsToBigInt(u32, 4 * i + 2, 2, true));
    return out;
  }
  if (DataType.isList(type)) {
    const child = columnCells(data.children[0] as Data);
    const offsets = data.valueOffsets as ArrayLike<number>;
    for (let i = 0; i < n; i++) out[i] = child.slice(Number(offsets[i]), Number(offsets[i + 1]));
    return out;
  }
  if (DataType.isFixedSizeList(type)) {
    const child = columnCells(data.children[0] as Data);
    const size = type.listSize;
    for (let i = 0; i < n; i++) out[i] = child.slice(i * size, (i + 1) * size);
    return out;
  }
  if (DataType.isStruct(type)) {
    const names = type.children.map((f) => f.name);
    const cols = data.children.map((c) => columnCells(c));
    for (let i = 0; i < n; i++) {
      const row: { [field: string]: Cell } = {};
      names.forEach((name, k) => { row[name] = cols[k]?.[i] ?? null; });
      out[i] = row;
    }
    return out;
  }
  if (DataType.isMap(type)) return mapCells(data, n);
  if (DataType.isDictionary(type)) {
    const dict = data.dictionary ? Array.from(data.dictionary.data.flatMap((d) => columnCells(d))) : [];
    for (let i = 0; i < n; i++) out[i] = dict[Number(raw?.[i] ?? 0)] ?? null;
    return out;
  }
  if (DataType.isDate(type)) {
    for (let i = 0; i < n; i++) out[i] = formatDate(Number(floorDivMs(BigInt(raw?.[i] ?? 0))));
    return out;
  }
  return bytesCells(data, n, out);
}

const floorDivMs = (ms: bigint): bigint => (ms < 0n && ms % 86_400_000n !== 0n ? ms / 86_400_000n - 1n : ms / 86_400_000n);
const utf8 = new TextDecoder();

/** Booleans, strings, bytes and unions: the types whose values are not a plain typed array. */
function bytesCells(data: Data, n: number, out: Cell[]): Cell[] {
  const type = data.type;
  const bytes = data.values as Uint8Array;
  if (DataType.isBool(type)) {
    for (let i = 0; i < n; i++) {
      const bit = data.offset + i;
      out[i] = ((bytes[bit >> 3] ?? 0) & (1 << (bit & 7))) !== 0;
    }
    return out;
  }
  const asText = DataType.isUtf8(type) || DataType.isLargeUtf8(type);
  if (asText || DataType.isBinary(type) || DataType.isLargeBinary(type)) {
    const offsets = data.valueOffsets as ArrayLike<number | bigint>;
    for (let i = 0; i < n; i++) {
      const slice = bytes.subarray(Number(offsets[i]), Number(offsets[i + 1]));
      out[i] = asText ? utf8.decode(slice) : blobCell(slice);
    }
    return out;
  }
  if (DataType.isFixedSizeBinary(type)) {
    const w = type.byteWidth;
    for (let i = 0; i < n; i++) out[i] = blobCell(bytes.subarray(i * w, (i + 1) * w));
    return out;
  }
  if (DataType.isUnion(type)) {
    const children = data.children.map((c) => columnCells(c));
    const typeIds = data.typeIds as Int8Array;
    const offsets = data.valueOffsets as Int32Array | undefined;
    for (let i = 0; i < n; i++) {
      const child = children[type.typeIdToChildIndex[typeIds[i] ?? 0] ?? 0];
      out[i] = child?.[type.mode === 1 && offsets ? (offsets[i] ?? 0) : i] ?? null;
    }
    return out;
  }
  return out.fill(`<${String(type)}>`);
}

/** A MAP as an object when all keys are strings or numbers, else as a list of {key, value}. */
function mapCells(data: Data, n: number): Cell[] {
  const entries = data.children[0] as Data;
  const keys = columnCells(entries.children[0] as Data);
  const vals = columnCells(entries.children[1] as Data);
  const objectKeys = keys.every((k) => typeof k === 'string' || typeof k === 'number');
  const offsets = data.valueOffsets as ArrayLike<number>;
  const out: Cell[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const from = Number(offsets[i]);
    const to = Number(offsets[i + 1]);
    if (objectKeys) {
      const obj: { [key: string]: Cell } = {};
      for (let j = from; j < to; j++) obj[String(keys[j])] = vals[j] ?? null;
      out[i] = obj;
    } else {
      const list: Cell[] = [];
      for (let j = from; j < to; j++) list.push({ key: keys[j] ?? null, value: vals[j] ?? null });
      out[i] = list;
    }
  }
  return out;
}

/** All rows of a record batch, one `Cell[]` per row. */
export function batchToRows(batch: RecordBatch): Cell[][] {
  const cols = batch.data.children.map((c) => columnCells(c));
  const rows: Cell[][] = new Array(batch.numRows);
  for (let i = 0; i < batch.numRows; i++) {
    const row: Cell[] = new Array(cols.length);
    for (let k = 0; k < cols.length; k++) row[k] = cols[k]?.[i] ?? null;
    rows[i] = row;
  }
  return rows;
}
