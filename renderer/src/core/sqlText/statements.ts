/**
 * Split a SQL script into statements, the way DuckDB's parser would see them: semicolons inside
 * strings, quoted identifiers, dollar-quoted bodies and comments do not end a statement.
 * The engine runs a script one statement at a time (so it can return the last result and place
 * errors), and the editor's Ctrl+Enter runs the statement under the cursor.
 */

/** One statement of a script, located by offsets into the script. */
export interface SqlStatement {
  /** The statement's text: from its first token to its last, without the terminating `;`. */
  text: string;
  /** Offset of the first character of the first token (comments before it are not included). */
  start: number;
  /** Offset just after the last token (exclusive). */
  end: number;
  /** Offset just after the terminating `;`, or `end` when the statement has none. */
  terminatorEnd: number;
}

/**
 * Where a lexical region that may hide semicolons (comment, string, quoted identifier, dollar
 * quote) ends, given where it starts; -1 if none starts at `i`.
 */
export function skipQuoted(sql: string, i: number): number {
  const c = sql[i];
  const next = sql[i + 1];
  if (c === '-' && next === '-') {
    const nl = sql.indexOf('\n', i + 2);
    return nl === -1 ? sql.length : nl;
  }
  if (c === '/' && next === '*') return skipBlockComment(sql, i);
  if (c === "'" || c === '"') {
    // E'…' strings allow backslash escapes; plain ones only doubled quotes.
    const backslash = c === "'" && i > 0 && /[eE]/.test(sql[i - 1] ?? '') && !/[\w$]/.test(sql[i - 2] ?? '');
    return skipDelimited(sql, i, c, backslash);
  }
  if (c === '$') {
    const m = /^\$([A-Za-z_][A-Za-z0-9_]*)?\$/.exec(sql.slice(i, i + 200));
    // `$1` is a parameter and `x$y` part of a name: neither opens a dollar quote.
    if (!m || (i > 0 && /[\w$]/.test(sql[i - 1] ?? ''))) return -1;
    const close = sql.indexOf(m[0], i + m[0].length);
    return close === -1 ? sql.length : close + m[0].length;
  }
  return -1;
}

function skipBlockComment(sql: string, i: number): number {
  // Block comments nest in DuckDB's (PostgreSQL-derived) grammar.
  let depth = 0;
  let j = i;
  while (j < sql.length) {
    if (sql[j] === '/' && sql[j + 1] === '*') { depth++; j += 2; continue; }
    if (sql[j] === '*' && sql[j + 1] === '/') { depth--; j += 2; if (depth === 0) return j; continue; }
    j++;
  }
  return sql.length;
}

function skipDelimited(sql: string, i: number, quote: string, backslash: boolean): number {
  let j = i + 1;
  while (j < sql.length) {
    const ch = sql[j];
    if (backslash && ch === '\\') { j += 2; continue; }
    if (ch === quote) {
      if (sql[j + 1] === quote) { j += 2; continue; }
      return j + 1;
    }
    j++;
  }
  return sql.length;
}

/** Whether a comment starts at `i`. */
export function isComment(sql: string, i: number): boolean {
  return (sql[i] === '-' && sql[i + 1] === '-') || (sql[i] === '/' && sql[i + 1] === '*');
}

/** What `blankOut` leaves readable. */
export interface BlankOutOptions {
  /** Keep "quoted identifiers" as written (a table may be named "order"). Default false. */
  keepIdentifiers?: boolean;
}

/**
 * The SQL with comments and the insides of strings (and of quoted identifiers unless kept) turned
 * into spaces, by the same rules that split statements, so a name in a comment or a literal is
 * never taken for a table and `join` in a string is not a join. Same length, line breaks kept:
 * offsets and line numbers still point into the original. A literal keeps its quotes, so it
 * stays one token.
 */
export function blankOut(sql: string, options: BlankOutOptions = {}): string {
  let out = '';
  let i = 0;
  while (i < sql.length) {
    const end = skipQuoted(sql, i);
    if (end === -1) {
      out += sql[i];
      i++;
      continue;
    }
    const region = sql.slice(i, end);
    if (isComment(sql, i)) out += blank(region);
    else if (sql[i] === '"' && options.keepIdentifiers) out += region;
    else {
      // A dollar quote's tag is blanked with the body; its outer `$` stay as the quotes.
      const closed = region.length >= 2 && region.endsWith(region[0] as string);
      out += region[0] + blank(region.slice(1, closed ? -1 : undefined)) + (closed ? region[0] : '');
    }
    i = end;
  }
  return out;
}

function blank(text: string): string {
  return text.replace(/[^\n]/g, ' ');
}

/** Split `sql` into its statements, skipping empty ones (only whitespace, comments or `;`). */
export function splitStatements(sql: string): SqlStatement[] {
  const out: SqlStatement[] = [];
  let start = -1;
  let end = -1;
  const flush = (terminatorEnd: number): void => {
    if (start !== -1) out.push({ text: sql.slice(start, end), start, end, terminatorEnd });
    start = -1;
    end = -1;
  };
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (c === ';') { flush(i + 1); i++; continue; }
    if (/\s/.test(c)) { i++; continue; }
    const skipped = skipQuoted(sql, i);
    if (skipped !== -1) {
      if (!isComment(sql, i)) {
        if (start === -1) start = i;
        end = skipped;
      }
      i = skipped;
      continue;
    }
    if (start === -1) start = i;
    i++;
    end = i;
  }
  flush(end);
  return out;
}

/**
 * The statement the cursor is in: the one whose span (first token to its `;`) holds `offset`;
 * in the gap between two statements, the one before (the line just typed); before the first,
 * the first. Undefined for a script with no statement.
 */
export function statementAt(sql: string, offset: number): SqlStatement | undefined {
  const statements = splitStatements(sql);
  let before: SqlStatement | undefined;
  for (const s of statements) {
    if (offset >= s.start && offset <= s.terminatorEnd) return s;
    if (s.terminatorEnd <= offset) before = s;
  }
  return before ?? statements[0];
}
