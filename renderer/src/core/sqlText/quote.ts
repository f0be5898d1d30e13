/**
 * Quoting names and text into SQL for DuckDB, one way everywhere: a doubled quote escapes
 * itself, so a table named `a"b` or a value `it's` can neither break nor extend a statement.
 */

/** An identifier, always double-quoted: `order` → `"order"`, `a"b` → `"a""b"`. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/** A string literal: `it's` → `'it''s'`. */
export function sqlString(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * An identifier as DuckDB prints it and as a person would type it: bare when plain and lower-case
 * (`order_id`), double-quoted otherwise (`"Order ID"`, `"Sku"`), since unquoted names fold case.
 */
export function spellIdent(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : quoteIdent(name);
}
