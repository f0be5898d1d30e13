/**
 * What completion and highlighting need, read through the engine's catalog queries
 * (`duckdb_keywords()`, `duckdb_functions()`, `duckdb_tables()`/`duckdb_columns()`).
 */
import { listFunctions, listKeywords, listTables } from '../../engine/catalog';
import type { Engine } from '../../engine/engine';
import type { CompletionCatalog } from '../../components/sqlEditor/completion';

/** Tables and views with their columns. */
export async function loadTables(engine: Engine): Promise<CompletionCatalog['tables']> {
  const tables = await listTables(engine);
  return tables.map((t) => ({ schema: t.schema, name: t.name, columns: t.columns }));
}

/** Keywords, functions (with a signature to show beside each), tables and columns. */
export async function loadEditorCatalog(engine: Engine): Promise<CompletionCatalog> {
  const keywords = await listKeywords(engine);
  const functions = await listFunctions(engine);
  const signatures: Record<string, string> = {};
  for (const f of functions) signatures[f.name] ??= f.overloads > 1 ? `${f.signature} (+${f.overloads - 1} more)` : f.signature;
  return {
    keywords: keywords.map((k) => k.name),
    functions: [...new Set(functions.map((f) => f.name))],
    signatures,
    tables: await loadTables(engine),
  };
}
