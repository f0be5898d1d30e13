/**
 * Monaco as the studio uses it: the editor core with its contributions (`monacoCore.ts`, shipped
 * as a classic script: see `scripts/vite/classicScriptPlugin.ts`), the DuckDB language, and the
 * editor worker built by Vite (no CDN). Importing this module once sets it all up; the catalog's
 * keywords, functions and tables are pushed in with `setEditorCatalog`.
 */
import { monaco } from 'virtual:monaco-core';
import { statementAt } from '../../core/sqlText/statements';
import { completionCandidates, type CandidateKind, type CompletionCatalog } from './completion';
import { duckdbLanguageConfiguration, duckdbLanguageId, duckdbMonarch } from './duckdbLanguage';

self.MonacoEnvironment = {
  getWorker: () => new Worker(new URL('monaco-editor/esm/vs/editor/editor.worker.js', import.meta.url), { type: 'module' }),
};

let catalog: CompletionCatalog = { keywords: [], functions: [], tables: [] };


monaco.languages.register({ id: duckdbLanguageId, aliases: ['DuckDB SQL'], extensions: ['.sql'] });
monaco.languages.setLanguageConfiguration(duckdbLanguageId, duckdbLanguageConfiguration);
monaco.languages.setMonarchTokensProvider(duckdbLanguageId, duckdbMonarch([], []));

const kinds: Record<CandidateKind, monaco.languages.CompletionItemKind> = {
  column: monaco.languages.CompletionItemKind.Field,
  table: monaco.languages.CompletionItemKind.Struct,
  schema: monaco.languages.CompletionItemKind.Module,
  function: monaco.languages.CompletionItemKind.Function,
  keyword: monaco.languages.CompletionItemKind.Keyword,
};

monaco.languages.registerCompletionItemProvider(duckdbLanguageId, {
  triggerCharacters: ['.'],
  provideCompletionItems(model, position) {
    const text = model.getValue();
    const offset = model.getOffsetAt(position);
    const statement = statementAt(text, offset);
    const start = statement && statement.start <= offset ? statement.start : offset;
    const end = statement ? Math.max(statement.terminatorEnd, offset) : text.length;
    const word = model.getWordUntilPosition(position);
    const range = new monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
    const suggestions = completionCandidates(catalog, text.slice(start, offset), text.slice(start, end)).map((c) => ({
      label: c.label,
      kind: kinds[c.kind],
      detail: c.detail,
      insertText: c.insertText,
      sortText: c.sortText,
      range,
    }));
    return { suggestions };
  },
});

/** Highlight and complete with the live catalog (called at start and after catalog changes). */
export function setEditorCatalog(next: CompletionCatalog): void {
  const grammarChanged = next.keywords !== catalog.keywords || next.functions !== catalog.functions;
  catalog = next;
  if (grammarChanged) monaco.languages.setMonarchTokensProvider(duckdbLanguageId, duckdbMonarch(next.keywords, next.functions));
}

export { monaco };
