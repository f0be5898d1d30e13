/**
 * A delimited text file made readable before DuckDB sees it: decoded (UTF-8, UTF-16 with a byte
 * order mark, or Windows-1252 when the bytes are not UTF-8) and, when its line breaks are mixed
 * or old-Mac CR, given plain LF line breaks. DuckDB's reader refuses both cases with a wall of
 * "Possible Solution" text; here each change is one sentence the preview shows.
 */

/** The text of a file and what was done to make it readable. */
export interface PreparedText {
  text: string;
  /** What the file was decoded from. */
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  /** True when `text` differs from the file's bytes read as UTF-8 (so new bytes must be registered). */
  changed: boolean;
  /** Sentences for the preview ("The file is not UTF-8 …"). */
  notes: string[];
}

function lineOfByte(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 10) line++;
  return line;
}

/** Offset of the first byte that breaks UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i]!;
    const n = b < 0x80 ? 0 : b >= 0xc2 && b < 0xe0 ? 1 : b >= 0xe0 && b < 0xf0 ? 2 : b >= 0xf0 && b < 0xf5 ? 3 : -1;
    if (n < 0 || i + n >= bytes.length) return i;
    for (let k = 1; k <= n; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += n + 1;
  }
  return -1;
}

/** Decode the bytes and even out the line breaks. */
export function prepareText(bytes: Uint8Array): PreparedText {
  const notes: string[] = [];
  let text: string;
  let encoding: PreparedText['encoding'] = 'utf-8';
  let changed = false;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    encoding = 'utf-16le';
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    encoding = 'utf-16be';
  }
  if (encoding !== 'utf-8') {
    text = new TextDecoder(encoding).decode(bytes);
    changed = true;
    notes.push(`The file is ${encoding === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'} text; it was read as such and converted to UTF-8.`);
  } else {
    const bad = firstInvalidUtf8(bytes);
    if (bad < 0) {
      text = new TextDecoder('utf-8').decode(bytes);
    } else {
      encoding = 'windows-1252';
      text = new TextDecoder('windows-1252').decode(bytes);
      changed = true;
      notes.push(`The file is not UTF-8 (line ${lineOfByte(bytes, bad)}, byte ${bad + 1} is 0x${bytes[bad]!.toString(16).padStart(2, '0')}); it was read as Windows-1252 (Latin-1), where that byte is "${text.charAt(new TextDecoder('windows-1252').decode(bytes.subarray(0, bad)).length)}".`);
    }
  }
  if (text.charCodeAt(0) === 0xfeff) { text = text.slice(1); changed = true; }
  const crlf = (text.match(/\r\n/g) ?? []).length;
  const cr = (text.match(/\r(?!\n)/g) ?? []).length;
  const lf = (text.match(/(?<!\r)\n/g) ?? []).length;
  if (cr === 0 && crlf > 0 && lf === 0) {
    // Plain CRLF: read the same, with LF only, so every record ends the same way.
    text = text.replace(/\r\n/g, '\n');
    changed = true;
  } else if (cr > 0 && crlf + lf === 0) {
    text = text.replace(/\r/g, '\n');
    changed = true;
    notes.push('Lines end with CR alone (old Mac style); they were read as line breaks.');
  } else if ((crlf > 0 ? 1 : 0) + (cr > 0 ? 1 : 0) + (lf > 0 ? 1 : 0) > 1) {
    const firstLf = crlf > 0 && lf > 0 ? text.search(/(?<!\r)\n/) : -1;
    const line = firstLf >= 0 ? text.slice(0, firstLf).split('\n').length : undefined;
    text = text.replace(/\r\n?/g, '\n');
    changed = true;
    notes.push(`Line breaks are mixed (${crlf} CRLF, ${lf} LF${cr ? `, ${cr} CR` : ''}${line ? `; line ${line} is the first to end with LF alone` : ''}); all were read as line breaks.`);
  }
  return { text, encoding, changed, notes };
}
