/**
 * JSON layouts, decided on bytes. DuckDB-Wasm's own JSON reader (the one that works offline)
 * takes an array of records (or an object of columns), not newline-delimited JSON nor a single
 * record, so those two are rewrapped here into an array: one pass over the bytes, no string
 * decoding, one output buffer.
 */

/** How the records are laid out in a JSON file. */
export type JsonLayout = 'array' | 'ndjson' | 'object' | 'blank';

const isWs = (b: number): boolean => b === 0x20 || b === 9 || b === 10 || b === 13;

/** Index after a UTF-8 byte order mark, if any. */
function bomEnd(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * End (exclusive) of the JSON value that starts at `start` with `{` or `[`, honouring strings
 * and escapes; -1 when the value does not close within the bytes.
 */
export function endOfValue(bytes: Uint8Array, start: number): number {
  let depth = 0;
  let inString = false;
  for (let i = start; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (inString) {
      if (b === 0x5c) i++; // backslash: skip the escaped byte
      else if (b === 0x22) inString = false;
    } else if (b === 0x22) inString = true;
    else if (b === 0x7b || b === 0x5b) depth++;
    else if (b === 0x7d || b === 0x5d) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return -1;
}

/** Decide the layout: an array, one object, or several top-level values (NDJSON). */
export function jsonLayout(bytes: Uint8Array): JsonLayout {
  let i = bomEnd(bytes);
  while (i < bytes.length && isWs(bytes[i]!)) i++;
  if (i >= bytes.length) return 'blank';
  if (bytes[i] === 0x5b) return 'array';
  const end = endOfValue(bytes, i);
  if (end < 0) return 'object'; // unterminated: let the reader report it
  let j = end;
  while (j < bytes.length && isWs(bytes[j]!)) j++;
  return j < bytes.length ? 'ndjson' : 'object';
}

/**
 * Rewrap NDJSON (one value per line, blank lines allowed) or a single object as a JSON array.
 * Line breaks are kept (each separator is `,` + the original `\n`) so line numbers in errors stay
 * those of the user's file.
 */
export function toJsonArray(bytes: Uint8Array, layout: JsonLayout): Uint8Array {
  if (layout === 'array' || layout === 'blank') return bytes;
  const start = bomEnd(bytes);
  let newlines = 0;
  if (layout === 'ndjson') for (let i = start; i < bytes.length; i++) if (bytes[i] === 10) newlines++;
  // Room for the brackets and one comma per line break.
  const out = new Uint8Array(bytes.length - start + 2 + newlines);
  let o = 0;
  out[o++] = 0x5b;
  if (layout === 'object') {
    out.set(bytes.subarray(start), o);
    o += bytes.length - start;
  } else {
    let pendingComma = false;
    let lineHasValue = false;
    for (let i = start; i < bytes.length; i++) {
      const b = bytes[i]!;
      if (b === 10) {
        if (lineHasValue) pendingComma = true;
        lineHasValue = false;
        out[o++] = 10;
        continue;
      }
      if (!isWs(b)) {
        if (pendingComma && !lineHasValue) {
          out[o++] = 0x2c; // the separator goes just before the next value, on its own line
          pendingComma = false;
        }
        lineHasValue = true;
      }
      out[o++] = b;
    }
  }
  out[o++] = 0x5d;
  return out.subarray(0, o);
}

/**
 * Keys of the first record, in file order (DuckDB-Wasm's reader sorts columns by name; the
 * importer puts them back in the order the file has them). Reads at most the first record.
 */
export function firstRecordKeys(bytes: Uint8Array, layout: JsonLayout, maxBytes = 1 << 20): string[] {
  let i = bomEnd(bytes);
  while (i < bytes.length && isWs(bytes[i]!)) i++;
  if (layout === 'array') {
    i++;
    while (i < bytes.length && isWs(bytes[i]!)) i++;
  }
  if (bytes[i] !== 0x7b) return [];
  const end = endOfValue(bytes.subarray(0, Math.min(bytes.length, i + maxBytes)), i);
  if (end < 0) return [];
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes.subarray(i, end)));
    return value && typeof value === 'object' && !Array.isArray(value) ? Object.keys(value) : [];
  } catch {
    return [];
  }
}
