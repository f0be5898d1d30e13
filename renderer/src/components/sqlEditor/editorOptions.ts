/**
 * The Monaco options every SQL editor of the studio shares (the main editor and the small SQL
 * boxes of lessons and own styles), so both read and complete the same way.
 */
import type { monaco } from './monacoSetup';

/** Monaco's own default: suggest while typing code, not inside comments or strings. */
export const typingSuggestions = { other: 'on', comments: 'off', strings: 'off' } as const;

/** Options common to every SQL editor; each adds its size, label and layout. */
export const sqlEditorOptions: monaco.editor.IStandaloneEditorConstructionOptions = {
  theme: 'vs',
  fontFamily: "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  // Completion comes from the live catalog; words already typed in the text would only add noise.
  wordBasedSuggestions: 'off',
  quickSuggestions: typingSuggestions,
  // Suggestions stay inside the editor's box: a list that overflowed onto the results panel
  // covered its Cancel button while a query ran.
  fixedOverflowWidgets: false,
};
