/**
 * What every SQL editor of the studio shares (the main editor, lesson answers, own-style files),
 * so they read and behave alike; each adds only its size and role.
 */
import type { monaco } from './monacoSetup';

export const sqlEditorOptions: monaco.editor.IStandaloneEditorConstructionOptions = {
  theme: 'vs',
  fontFamily: "ui-monospace, 'SFMono-Regular', 'DejaVu Sans Mono', Menlo, Consolas, monospace",
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  automaticLayout: true,
  tabSize: 2,
  wordBasedSuggestions: 'off',
};
