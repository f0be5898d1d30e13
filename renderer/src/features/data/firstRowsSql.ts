/** The query behind 'Query it': the first 100 rows of a loaded table. */
import { quoteIdent } from '../../core/sqlText/quote';

/** `SELECT * FROM <table> LIMIT 100`, quoting the name only when it needs it. */
export function firstRowsSql(table: { schema: string; name: string }): string {
  const name = /^[a-z_][a-z0-9_]*$/.test(table.name) ? table.name : quoteIdent(table.name);
  return `SELECT * FROM ${table.schema === 'main' ? name : `${quoteIdent(table.schema)}.${name}`} LIMIT 100`;
}
