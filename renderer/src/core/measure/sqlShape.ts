/**
 * What a query asks of a model: how many distinct tables it reads and how many joins it needs.
 * A rough lexical count, good enough to show that the vault needs eight tables where the OBT
 * needs one. Comments and string literals are blanked first so "join" in a string is not counted.
 */
import { blankOut } from '../sqlText/statements';

/** Tables read and joins written by one SQL text. */
export interface SqlShape {
  /** Distinct `schema.table` names read from the given schemas, sorted. */
  tables: string[];
  /** JOIN keywords plus comma-separated FROM items (implicit joins). */
  joins: number;
  /** UNNEST calls: the nested style's way of reaching its line items. */
  unnests: number;
}

/** Count tables (qualified by one of `schemas`), joins and unnests in `sql`. */
export function sqlShape(sql: string, schemas: readonly string[]): SqlShape {
  // Quoted identifiers stay: a table may be written "order".
  const text = blankOut(sql, { keepIdentifiers: true });
  const tables = new Set<string>();
  if (schemas.length > 0) {
    const names = schemas.map((s) => s.replace(/[^A-Za-z0-9_]/g, '')).join('|');
    const re = new RegExp(`\\b(${names})\\s*\\.\\s*"?([A-Za-z_][A-Za-z0-9_]*)"?`, 'gi');
    for (const m of text.matchAll(re)) {
      // `alias.column` also matches when an alias equals a schema name; only keep names that
      // follow FROM / JOIN / a comma in a FROM list.
      const before = text.slice(0, m.index).trimEnd();
      if (/(\bfrom|\bjoin|,)$/i.test(before)) tables.add(`${m[1]!.toLowerCase()}.${m[2]!.toLowerCase()}`);
    }
  }
  const joinKeywords = (text.match(/\bjoin\b/gi) ?? []).length;
  let commaJoins = 0;
  // Implicit joins: commas between FROM items up to the next clause keyword, at depth 0.
  for (const m of text.matchAll(/\bfrom\b/gi)) {
    let depth = 0;
    let i = m.index! + 4;
    for (; i < text.length; i++) {
      const ch = text[i]!;
      if (ch === '(') depth++;
      else if (ch === ')') {
        if (depth === 0) break;
        depth--;
      } else if (depth === 0 && ch === ',') commaJoins++;
      else if (depth === 0 && /\s/.test(ch) && /^\s+(where|group|order|having|limit|qualify|window|union|except|intersect|join|left|right|inner|full|cross|on|using)\b/i.test(text.slice(i))) break;
    }
  }
  return { tables: [...tables].sort(), joins: joinKeywords + commaJoins, unnests: (text.match(/\bunnest\s*\(/gi) ?? []).length };
}
