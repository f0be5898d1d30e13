/** SQL formatting with sql-formatter's DuckDB dialect. Pure. */
import { format } from 'sql-formatter';

export type FormatResult = { ok: true; text: string } | { ok: false; message: string };

/** Format SQL text; on text sql-formatter cannot parse, say why instead of mangling it. */
export function formatSql(text: string): FormatResult {
  if (!text.trim()) return { ok: true, text };
  try {
    const formatted = format(text, { language: 'duckdb', tabWidth: 2, keywordCase: 'upper', linesBetweenQueries: 1 });
    return { ok: true, text: formatted.endsWith('\n') ? formatted : `${formatted}\n` };
  } catch (error) {
    return { ok: false, message: `Could not format: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}` };
  }
}
