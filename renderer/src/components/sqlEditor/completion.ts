/**
 * What the editor offers to complete at the cursor: columns of a qualified table or alias,
 * tables after FROM/JOIN, else everything (columns, tables, functions, keywords). Pure, so the
 * rules are tested as tables of cases; SqlEditor turns candidates into Monaco items.
 */
import { spellIdent } from '../../core/sqlText/quote';

/** The catalog as the editor needs it. */
export interface CompletionCatalog {
  keywords: readonly string[];
  functions: readonly string[];
  /** A function's signature, shown beside it in the list. */
  signatures?: Readonly<Record<string, string>>;
  tables: readonly { schema: string; name: string; columns: readonly { name: string; type: string }[] }[];
}

export type CandidateKind = 'column' | 'table' | 'schema' | 'function' | 'keyword';

export interface Candidate {
  label: string;
  kind: CandidateKind;
  /** Shown beside the label: a column's type and table, a table's schema. */
  detail: string;
  insertText: string;
  /** Orders the list: columns, tables, functions, keywords. */
  sortText: string;
}

const rank: Record<CandidateKind, string> = { column: '1', table: '2', schema: '3', function: '4', keyword: '5' };


const unquote = (name: string) => (name.startsWith('"') ? name.slice(1, -1).replaceAll('""', '"') : name);

/** `alias → table name` for `FROM t a`, `JOIN s.t AS a` in the statement's text. */
export function tableAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  const pattern = /\b(?:from|join)\s+((?:"[^"]+"|\w+)(?:\.(?:"[^"]+"|\w+))?)(?:\s+(?:as\s+)?("[^"]+"|\w+))?/gi;
  const reserved = /^(where|on|using|join|left|right|inner|outer|full|cross|natural|group|order|limit|union|select|as|positional|anti|semi|lateral|window|qualify|having)$/i;
  for (const match of text.matchAll(pattern)) {
    const table = unquote(match[1]!.split('.').pop()!);
    aliases.set(table.toLowerCase(), table);
    const alias = match[2];
    if (alias && !reserved.test(alias)) aliases.set(unquote(alias).toLowerCase(), table);
  }
  return aliases;
}

/**
 * Candidates for the cursor position. `before` is the statement's text up to the cursor,
 * `statement` the whole statement (for aliases declared after the cursor).
 */
export function completionCandidates(catalog: CompletionCatalog, before: string, statement: string): Candidate[] {
  const qualified = /("[^"]+"|[A-Za-z_][\w$]*)\.[\w$]*$/.exec(before);
  if (qualified) {
    const qualifier = unquote(qualified[1]!).toLowerCase();
    const inSchema = catalog.tables.filter((t) => t.schema.toLowerCase() === qualifier);
    if (inSchema.length > 0) return inSchema.map((t) => tableCandidate(t));
    const table = tableAliases(statement).get(qualifier) ?? qualifier;
    const match = catalog.tables.find((t) => t.name.toLowerCase() === table.toLowerCase());
    return match ? match.columns.map((c) => columnCandidate(c, match.name)) : [];
  }
  const schemas = [...new Set(catalog.tables.map((t) => t.schema))];
  const tables = catalog.tables.map((t) => tableCandidate(t));
  const schemaItems = schemas.map((s): Candidate => ({ label: s, kind: 'schema', detail: 'schema', insertText: spellIdent(s), sortText: rank.schema + s }));
  if (/\b(from|join|into|update|table)\s+[\w$"]*$/i.test(before)) return [...tables, ...schemaItems];
  const seen = new Set<string>();
  const columns: Candidate[] = [];
  const aliased = new Set([...tableAliases(statement).values()].map((n) => n.toLowerCase()));
  for (const t of catalog.tables) {
    if (aliased.size > 0 && !aliased.has(t.name.toLowerCase())) continue; // only tables the statement reads
    for (const c of t.columns) {
      if (seen.has(c.name)) continue;
      seen.add(c.name);
      columns.push(columnCandidate(c, t.name));
    }
  }
  const functions = [...new Set(catalog.functions)].map((f): Candidate => ({
    label: f, kind: 'function', detail: catalog.signatures?.[f] ?? 'function', insertText: f, sortText: rank.function + f,
  }));
  const keywords = catalog.keywords.map((k): Candidate => ({ label: k.toUpperCase(), kind: 'keyword', detail: 'keyword', insertText: k.toUpperCase(), sortText: rank.keyword + k }));
  return [...columns, ...tables, ...schemaItems, ...functions, ...keywords];
}

function tableCandidate(t: { schema: string; name: string }): Candidate {
  return { label: t.name, kind: 'table', detail: `table in ${t.schema}`, insertText: spellIdent(t.name), sortText: rank.table + t.name };
}

function columnCandidate(c: { name: string; type: string }, table: string): Candidate {
  return { label: c.name, kind: 'column', detail: `${c.type} · ${table}`, insertText: spellIdent(c.name), sortText: rank.column + c.name };
}
