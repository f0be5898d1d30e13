/**
 * DuckDB points at the culprit of an error with two lines at the end of its message:
 *
 *     LINE 3:     nope from t
 *                 ^
 *
 * The caret counts *rendered* columns (a tab or other control character is 0 wide, a CJK
 * character 2), and long lines are shown as a window with `...` on either side. This module
 * turns that back into a 0-based character offset into the SQL that was sent.
 */

const LINE_RE = /(?:^|\n)LINE (\d+): ([^\n]*)\n( *)\^/;

/** Rendered width of one character, as DuckDB's utf8proc-based renderer counts it. */
export function renderWidth(ch: string): number {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp >= 0x300 && cp < 0x370) return 0; // combining marks
  const wide =
    (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Offset in `text` (from `from`) of the character at rendered column `column` counted from `from`. */
function offsetAtColumn(text: string, from: number, column: number): number {
  let width = 0;
  let i = from;
  while (i < text.length) {
    const ch = String.fromCodePoint(text.codePointAt(i) ?? 0);
    const w = renderWidth(ch);
    // A zero-width character sits at the column of the next visible one: skip past it.
    if (width >= column && w > 0) return i;
    width += w;
    i += ch.length;
  }
  return text.length;
}

/**
 * The 0-based offset into `sql` that DuckDB's error `message` points at, or undefined when the
 * message carries no `LINE n:` marker (or it cannot be matched against `sql`).
 */
export function errorPosition(message: string, sql: string): number | undefined {
  const m = LINE_RE.exec(message);
  if (!m) return undefined;
  const lineNo = Number(m[1]);
  let shown = m[2] ?? '';
  const caretColumn = (m[3] ?? '').length - `LINE ${m[1]}: `.length;
  const lines = sql.split('\n');
  if (lineNo < 1 || lineNo > lines.length || caretColumn < 0) return undefined;
  const lineStart = lines.slice(0, lineNo - 1).reduce((n, l) => n + l.length + 1, 0);
  const line = lines[lineNo - 1] as string;
  let column = caretColumn;
  let segmentStart = 0;
  if (shown.startsWith('...') && !line.startsWith('...')) {
    shown = shown.slice(3);
    column -= 3;
    if (shown.endsWith('...')) shown = shown.slice(0, -3);
    const found = line.indexOf(shown);
    if (found === -1) return undefined;
    segmentStart = found;
  }
  if (column < 0) return undefined;
  return lineStart + offsetAtColumn(line, segmentStart, column);
}
