/**
 * The tokens of a SQL script as DuckDB's lexer would see them, built on the statement splitter's
 * rules for comments, strings, quoted identifiers and dollar quotes (one lexer, not two).
 * Comments are dropped; everything else becomes a token with its offset.
 */
import { isComment, skipQuoted } from './statements';

export type SqlTokenKind = 'word' | 'string' | 'quoted' | 'number' | 'punct';

export interface SqlToken {
  kind: SqlTokenKind;
  /** Words lower-cased; strings and quoted identifiers unquoted (doubled quotes undone). */
  value: string;
  start: number;
  end: number;
}

function unquote(raw: string): { kind: SqlTokenKind; value: string } {
  if (raw.startsWith('"')) return { kind: 'quoted', value: raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined).replace(/""/g, '"') };
  if (raw.startsWith("'")) return { kind: 'string', value: raw.slice(1, raw.endsWith("'") && raw.length > 1 ? -1 : undefined).replace(/''/g, "'") };
  const tag = /^\$[A-Za-z0-9_]*\$/.exec(raw)?.[0] ?? '$$';
  return { kind: 'string', value: raw.slice(tag.length, raw.endsWith(tag) && raw.length >= 2 * tag.length ? -tag.length : undefined) };
}

/** Split `sql` into tokens. Never throws; an unclosed string runs to the end, as in DuckDB's error. */
export function tokenize(sql: string): SqlToken[] {
  const tokens: SqlToken[] = [];
  let i = 0;
  while (i < sql.length) {
    const c = sql[i] as string;
    if (/\s/.test(c)) { i++; continue; }
    const skipped = skipQuoted(sql, i);
    if (skipped !== -1) {
      if (!isComment(sql, i)) {
        // E'…' (escape string): the E is part of the literal, not a word before it.
        const prev = tokens[tokens.length - 1];
        if (prev?.kind === 'word' && prev.value === 'e' && prev.end === i) tokens.pop();
        tokens.push({ ...unquote(sql.slice(i, skipped)), start: i, end: skipped });
      }
      i = skipped;
      continue;
    }
    const word = /^[A-Za-z_\u0080-\uffff][\w$\u0080-\uffff]*/.exec(sql.slice(i, i + 256));
    if (word) {
      tokens.push({ kind: 'word', value: word[0].toLowerCase(), start: i, end: i + word[0].length });
      i += word[0].length;
      continue;
    }
    const number = /^(\d[\d_]*(\.\d*)?([eE][+-]?\d+)?|\.\d+)/.exec(sql.slice(i, i + 256));
    if (number) {
      tokens.push({ kind: 'number', value: number[0], start: i, end: i + number[0].length });
      i += number[0].length;
      continue;
    }
    tokens.push({ kind: 'punct', value: c, start: i, end: i + 1 });
    i++;
  }
  return tokens;
}
