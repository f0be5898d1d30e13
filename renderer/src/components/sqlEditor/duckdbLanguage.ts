/**
 * The DuckDB language for Monaco: Monaco's basic SQL tokenizer with DuckDB's own keywords
 * (`duckdb_keywords()`) and functions (`duckdb_functions()`) in place of its generic lists.
 * Pure data in, Monarch definition out.
 */
import type { languages } from 'monaco-editor/esm/vs/editor/editor.api';
import { conf, language } from 'monaco-editor/esm/vs/basic-languages/sql/sql.js';

export const duckdbLanguageId = 'duckdb';

/** Bracket and comment rules, as for any SQL. */
export const duckdbLanguageConfiguration: languages.LanguageConfiguration = conf;

/**
 * A Monarch definition highlighting the given keywords and functions. Functions whose names are
 * operators (`+`, `~~`) are left to the operator rules; keyword and function lists are upper-cased
 * because the tokenizer ignores case.
 */
export function duckdbMonarch(keywords: readonly string[], functions: readonly string[]): languages.IMonarchLanguage {
  const words = (list: readonly string[]) => [...new Set(list.filter((w) => /^[A-Za-z_][\w$]*$/.test(w)).map((w) => w.toUpperCase()))].sort();
  const keywordList = words([...language.keywords, ...keywords]);
  // A name that DuckDB calls a keyword (LEFT, IF) reads as one, though Monarch checks functions first.
  const keywordSet = new Set(words(keywords));
  const functionList = words(functions).filter((f) => !keywordSet.has(f));
  return { ...language, tokenPostfix: '.duckdb', keywords: keywordList, builtinFunctions: functionList };
}
