/**
 * Turn DuckDB's import errors into one sentence a learner can act on: the line, the reason, and
 * the offending line's text. The messages handled here were captured from DuckDB-Wasm 1.32
 * (DuckDB v1.4.3); see importErrors.test.ts for the real texts.
 */

/** A problem with an imported file, as shown to the user. */
export interface ImportProblem {
  /** 1-based line of the file where the problem is, when known. */
  line?: number;
  /** What is wrong, in plain words. */
  reason: string;
  /** The text of the offending line, when DuckDB quotes it. */
  originalLine?: string;
}

/** DuckDB-Wasm's JSON insert reports errors as a JSON object; unwrap it. */
export function unwrapMessage(message: string): string {
  const trimmed = message.trim();
  if (trimmed.startsWith('{')) {
    try {
      const parsed = JSON.parse(trimmed) as { exception_message?: unknown };
      if (typeof parsed.exception_message === 'string') return parsed.exception_message;
    } catch { /* not JSON: use as is */ }
  }
  return trimmed;
}

/** Messages of RapidJSON (DuckDB-Wasm's JSON parser) reworded. */
const RAPIDJSON: Array<[RegExp, string]> = [
  [/^The document is empty\.?$/, 'the file holds no JSON value'],
  [/^Missing a name for object member\.?$/, 'an object has a member without a quoted name (a stray comma?)'],
  [/^Missing a colon after a name of object member\.?$/, 'a member name is not followed by a colon'],
  [/^Missing a comma or '\}' after an object member\.?$/, "an object is not closed: a comma or '}' is missing"],
  [/^Missing a comma or '\]' after an array element\.?$/, "an array is not closed: a comma or ']' is missing"],
  [/^Invalid value\.?$/, 'a value is not valid JSON'],
  [/^The document root must not be followed by other values\.?$/, 'more than one top-level value'],
  [/^Missing a closing quotation mark in string\.?$/, 'a string is never closed'],
];

/** DuckDB quotes the bad line after "Original Line:"; it ends where DuckDB's explanation starts. */
function splitOriginalLine(body: string): { originalLine?: string; rest: string } {
  if (!body.startsWith('Original Line:')) return { rest: body };
  const after = body.slice('Original Line:'.length);
  const ends = ['\nExpected Number of Columns', '\nError when converting', '\n\n']
    .map((m) => after.indexOf(m))
    .filter((i) => i >= 0);
  const end = ends.length > 0 ? Math.min(...ends) : after.length;
  const originalLine = after.slice(0, end).replace(/\r/g, '').trim();
  const rest = after.slice(end);
  return originalLine ? { originalLine, rest } : { rest };
}

function firstLineOf(text: string): string {
  return text.split('\n')[0]!.trim();
}

/** Explain a DuckDB import error. */
export function explainImportError(message: string): ImportProblem {
  const text = unwrapMessage(message);

  const csv = /CSV Error on Line: (\d+)\n([\s\S]*)$/.exec(text);
  if (csv) {
    const line = Number(csv[1]);
    const { originalLine, rest } = splitOriginalLine(csv[2]!);
    const cols = /Expected Number of Columns: (\d+) Found: (\d+)/.exec(rest);
    const conv = /Error when converting column "([^"]*)"\. Could not convert string "([^"]*)" to '([^']+)'/.exec(rest);
    let reason: string;
    if (cols) reason = `expected ${cols[1]} columns, found ${cols[2]}`;
    else if (/unterminated quote/i.test(rest)) reason = 'a quoted value is never closed (unterminated quote)';
    else if (conv) reason = `column "${conv[1]}": "${conv[2]}" is not a valid ${conv[3]}`;
    else if (/Invalid unicode|invalid UTF-8/i.test(rest)) reason = 'the text is not valid UTF-8';
    else reason = firstLineOf(rest.replace(/^\s+/, '')) || 'the line cannot be read';
    return originalLine ? { line, reason, originalLine } : { line, reason };
  }
  if (/Error when sniffing file|not possible to automatically detect the CSV parsing dialect/.test(text)) {
    return { reason: 'DuckDB could not work out how the file is laid out (delimiter, quotes, header); it may not be CSV text' };
  }
  const ext = /Table Function with name "?(\w+)"? is not in the catalog, but it exists in the (\w+) extension/.exec(text);
  if (ext) {
    return { reason: `${ext[1]} needs DuckDB's ${ext[2]} extension, which is not bundled with this offline build (it would have to be downloaded)` };
  }
  if (/must have at least one column/.test(text)) {
    return { reason: 'no records found: the JSON must hold objects (an array of objects, or one object per line)' };
  }
  const mixed = /Invalid field '([^']+)'\. Expected (.+?), got (\w+)/.exec(text);
  if (mixed) return { reason: `field "${mixed[1]}" holds values of different types (expected ${mixed[2]}, got ${mixed[3]})` };
  const exists = /Table with name "?([^"!]+)"? already exists/.exec(text);
  if (exists) return { reason: `a table named "${exists[1]}" already exists; choose another name` };
  const conv = /Conversion Error: Could not convert string '([^']*)' to (\w+)/.exec(text);
  if (conv) return { reason: `"${conv[1]}" cannot be converted to ${conv[2]}` };
  const fmt = /Conversion Error: invalid (\w+) field format: "([^"]*)", expected format is \(([^)]*\)?)\)/.exec(text);
  if (fmt) return { reason: `"${fmt[2]}" is not a valid ${fmt[1]} (expected ${fmt[3]})` };
  for (const [re, reason] of RAPIDJSON) if (re.test(text)) return { reason };
  if (/Allocation failure|Out of Memory|malloc/i.test(text)) return { reason: 'DuckDB ran out of memory reading this file; nothing was loaded (split the file, or close other tables)' };
  if (/Number too big/i.test(text)) return { reason: 'a number is beyond the range of a double (about ±1.8e308)' };
  return { reason: firstLineOf(text.replace(/^[\w ]+Error: /, '')) || 'the file could not be read' };
}

/** Format a problem as one line of text: "Line 3: expected 2 columns, found 3 — `2,bar,extra`". */
export function formatProblem(fileName: string, p: ImportProblem): string {
  const where = p.line !== undefined ? `${fileName}, line ${p.line}` : fileName;
  const quoted = p.originalLine ? ` — \`${p.originalLine.length > 80 ? `${p.originalLine.slice(0, 77)}...` : p.originalLine}\`` : '';
  return `${where}: ${p.reason}${quoted}`;
}
