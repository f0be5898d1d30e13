/**
 * Reads what completion and highlighting need from DuckDB's own catalog functions:
 * `duckdb_keywords()`, `duckdb_functions()`, `duckdb_columns()`.
 */
import type { Engine } from '../../engine/engine';
import type { CompletionCatalog } from './completion';

type Tables = CompletionCatalog['tables'];

/** Tables and views with their columns, in declaration order (DuckDB's internal schemas left out). */
export async function loadTables(engine: Engine): Promise<Tables> {
  const result = await engine.query(
    `SELECT schema_name, table_name, column_name, data_type FROM duckdb_columns()
     WHERE NOT internal AND database_name NOT IN ('system', 'temp')
     ORDER BY database_name, schema_name, table_name, column_index`,
  );
  const tables: { schema: string; name: string; columns: { name: string; type: string }[] }[] = [];
  for (const [schema, table, column, type] of result.rows) {
    let last = tables[tables.length - 1];
    if (!last || last.schema !== schema || last.name !== table) {
      last = { schema: String(schema), name: String(table), columns: [] };
      tables.push(last);
    }
    last.columns.push({ name: String(column), type: String(type) });
  }
  return tables;
}

/** Keywords, function names, tables and columns. */
export async function loadEditorCatalog(engine: Engine): Promise<CompletionCatalog> {
  const keywords = await engine.query('SELECT keyword_name FROM duckdb_keywords() ORDER BY 1');
  const functions = await engine.query('SELECT DISTINCT function_name FROM duckdb_functions() ORDER BY 1');
  return {
    keywords: keywords.rows.map((r) => String(r[0])),
    functions: functions.rows.map((r) => String(r[0])),
    tables: await loadTables(engine),
  };
}
