/**
 * Small lexical helpers for pack SQL: split scripts into statements, find which `schema.table`
 * names a statement reads or creates, fill placeholders, qualify names with a catalog. All of them
 * read the SQL through core/sqlText's lexer, so a name inside a comment or literal never counts.
 */
import { blankOut, splitStatements as splitSqlStatements } from '../sqlText/statements';

/**
 * Split a script into statement texts at top-level semicolons; empty statements are dropped.
 * One splitter serves the editor, the engine and packs: see core/sqlText/statements.
 */
export function splitStatements(script: string): string[] {
  return splitSqlStatements(script).map((statement) => statement.text);
}

/**
 * The `schema.table` names (lower case, sorted, unique) a statement mentions, restricted to the
 * given schemas — the pack's styles and `source` — so that `alias.column` is never taken for a
 * table.
 */
export function tablesRead(sql: string, schemas: readonly string[]): string[] {
  const known = new Set(schemas.map((s) => s.toLowerCase()));
  const found = new Set<string>();
  const pattern = /(?<![\w.])([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*([A-Za-z_][A-Za-z0-9_]*)/g;
  for (const match of blankOut(sql).matchAll(pattern)) {
    const schema = match[1]!.toLowerCase();
    if (known.has(schema)) found.add(`${schema}.${match[2]!.toLowerCase()}`);
  }
  return [...found].sort();
}

/** The tables a generator script creates in `schema` (CREATE TABLE minus later DROP TABLE). */
export function tablesCreated(script: string, schema: string): string[] {
  const blank = blankOut(script);
  const created = new Set<string>();
  const re = /\b(CREATE|DROP)\s+(?:OR\s+REPLACE\s+)?TABLE\s+(?:IF\s+(?:NOT\s+)?EXISTS\s+)?([A-Za-z_]\w*)\s*\.\s*([A-Za-z_]\w*)/gi;
  for (const m of blank.matchAll(re)) {
    if (m[2]!.toLowerCase() !== schema.toLowerCase()) continue;
    const name = `${schema.toLowerCase()}.${m[3]!.toLowerCase()}`;
    if (m[1]!.toUpperCase() === 'CREATE') created.add(name);
    else created.delete(name);
  }
  return [...created].sort();
}

/** Replace `{{name}}` placeholders; an unknown placeholder is an error (a typo would be silent). */
export function fillPlaceholders(sql: string, values: Record<string, string | number>): string {
  return sql.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, name: string) => {
    if (!(name in values)) throw new Error(`unknown placeholder {{${name}}}`);
    return String(values[name]);
  });
}

/**
 * Prefix every `schema.table` (and `CREATE SCHEMA schema`) of the given schemas with a catalog,
 * so a pack can be built into a fresh attached database while the previous one stays the default.
 * Comments and literals are left alone.
 */
export function qualifyNames(sql: string, schemas: readonly string[], catalog: string): string {
  const known = new Set(schemas.map((s) => s.toLowerCase()));
  const blank = blankOut(sql);
  const edits: number[] = [];
  for (const m of blank.matchAll(/(?<![\w.])([A-Za-z_][A-Za-z0-9_]*)\s*\.\s*[A-Za-z_]/g)) {
    if (known.has(m[1]!.toLowerCase())) edits.push(m.index);
  }
  for (const m of blank.matchAll(/\bSCHEMA\s+(?:IF\s+NOT\s+EXISTS\s+)?([A-Za-z_][A-Za-z0-9_]*)\b(?!\s*\.)/gi)) {
    if (known.has(m[1]!.toLowerCase())) edits.push(m.index + m[0].length - m[1]!.length);
  }
  let out = sql;
  for (const at of edits.sort((a, b) => b - a)) out = `${out.slice(0, at)}${catalog}.${out.slice(at)}`;
  return out;
}
