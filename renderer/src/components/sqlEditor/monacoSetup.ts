/**
 * Monaco, bundled: the editor core, the contributions the studio uses, the DuckDB language,
 * and the editor worker built by Vite (no CDN, no loader). Importing this module once sets it
 * all up; the catalog's keywords, functions and tables are pushed in with `setEditorCatalog`.
 */
import * as monaco from 'monaco-editor/esm/vs/editor/editor.api';
import 'monaco-editor/esm/vs/editor/browser/coreCommands.js';
import 'monaco-editor/esm/vs/editor/browser/widget/codeEditor/codeEditorWidget.js';
import 'monaco-editor/esm/vs/editor/contrib/bracketMatching/browser/bracketMatching.js';
import 'monaco-editor/esm/vs/editor/contrib/clipboard/browser/clipboard.js';
import 'monaco-editor/esm/vs/editor/contrib/comment/browser/comment.js';
import 'monaco-editor/esm/vs/editor/contrib/contextmenu/browser/contextmenu.js';
import 'monaco-editor/esm/vs/editor/contrib/cursorUndo/browser/cursorUndo.js';
import 'monaco-editor/esm/vs/editor/contrib/find/browser/findController.js';
import 'monaco-editor/esm/vs/editor/contrib/folding/browser/folding.js';
import 'monaco-editor/esm/vs/editor/contrib/gotoError/browser/gotoError.js';
import 'monaco-editor/esm/vs/editor/contrib/hover/browser/hoverContribution.js';
import 'monaco-editor/esm/vs/editor/contrib/linesOperations/browser/linesOperations.js';
import 'monaco-editor/esm/vs/editor/contrib/multicursor/browser/multicursor.js';
import 'monaco-editor/esm/vs/editor/contrib/snippet/browser/snippetController2.js';
import 'monaco-editor/esm/vs/editor/contrib/suggest/browser/suggestController.js';
import 'monaco-editor/esm/vs/editor/contrib/toggleTabFocusMode/browser/toggleTabFocusMode.js';
import 'monaco-editor/esm/vs/editor/contrib/wordHighlighter/browser/wordHighlighter.js';
import 'monaco-editor/esm/vs/editor/contrib/wordOperations/browser/wordOperations.js';
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
