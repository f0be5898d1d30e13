/**
 * Where a JSON file is broken. DuckDB-Wasm's JSON reader says what is wrong but not where, so on
 * failure (only then) the text is parsed here to find the line. NDJSON is checked line by line.
 */
import type { JsonLayout } from './jsonBytes';
import type { ImportProblem } from './importErrors';

/** Line and column (1-based) of a character offset in a text. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) { line++; lineStart = i + 1; }
  }
  return { line, column: offset - lineStart + 1 };
}

/** The reason part of a JavaScript JSON.parse error (without position or echoed input). */
export function parseReason(message: string): string {
  return message
    .replace(/\s*(in|after) JSON at position \d+.*$/s, '')
    .replace(/,\s*".*" is not valid JSON$/s, '')
    .replace(/^Unexpected end of JSON input$/, 'the JSON ends too early (something is not closed)')
    .replace(/^Unexpected non-whitespace character$/, 'a second value follows the first (a JSON file holds one value, or one per line)')
    .trim();
}

function locateIn(text: string, baseLine: number): ImportProblem | null {
  try {
    JSON.parse(text);
    return null;
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const reason = parseReason(message);
    const pos = /at position (\d+)/.exec(message);
    // An error at the very end (after trailing blank lines) belongs to the last line with text.
    if (pos && Number(pos[1]) < text.replace(/\s+$/, '').length) {
      const { line, column } = lineAndColumn(text, Number(pos[1]));
      return { line: baseLine + line - 1, reason: `${reason} (column ${column})` };
    }
    const lastLine = text.replace(/\s+$/, '').split('\n').length;
    return { line: baseLine + lastLine - 1, reason };
  }
}

/** Find the first syntax error of a JSON or NDJSON text; null when it parses. */
export function locateJsonError(text: string, layout: JsonLayout): ImportProblem | null {
  const body = text.replace(/^\uFEFF/, '');
  if (layout !== 'ndjson') return locateIn(body, 1);
  const lines = body.split('\n');
  for (let i = 0; i < lines.length; i++) {
    if (lines[i]!.trim() === '') continue;
    const p = locateIn(lines[i]!, i + 1);
    if (p) return p;
  }
  return null;
}
