/**
 * The Monaco editor: one editor, one model per tab (so each tab keeps its own undo history and
 * scroll position), DuckDB highlighting and completion, the run/format shortcuts, and a red
 * squiggle where DuckDB says an error is.
 */
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react';
import { monaco } from '../../components/sqlEditor/monacoSetup';
import { duckdbLanguageId } from '../../components/sqlEditor/duckdbLanguage';
import { sqlEditorOptions, typingSuggestions } from '../../components/sqlEditor/editorOptions';
import type { EditorTab } from './tabsModel';
import './SqlEditor.css';

/** Commands the editor raises from its own key bindings. */
export type SqlEditorCommand = 'runStatement' | 'runAll' | 'format' | 'newTab';

/** What the editor view may do with the editor. */
export interface SqlEditorHandle {
  /** The active tab's text, the selection (offsets; empty when start === end) and the cursor offset. */
  read(): { text: string; selectionStart: number; selectionEnd: number; cursor: number };
  /** Replace all text as one undoable edit (formatting). */
  replaceAll(text: string): void;
  /** Mark an error at an offset of the active tab's text, or clear the mark. */
  markError(mark: { offset: number; message: string } | null): void;
  focus(): void;
}

export interface SqlEditorProps {
  tabs: readonly EditorTab[];
  activeId: string;
  onChange(tabId: string, text: string): void;
  onCommand(command: SqlEditorCommand): void;
  /** Changes when the tabs were replaced (workspace restored): models then take the tabs' text. */
  restored?: number;
  /** Text size in px (presentation mode makes it larger); 16 by default. */
  fontSize?: number;
  /** A query is running: no suggestion list may open, since it would lie over the Cancel button. */
  running?: boolean;
  ref?: Ref<SqlEditorHandle>;
}

const markerOwner = 'duckdb';
let interactiveMarked = false;

export function SqlEditor({ tabs, activeId, onChange, onCommand, restored = 0, fontSize = 16, running = false, ref }: SqlEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const models = useRef(new Map<string, monaco.editor.ITextModel>());
  const viewStates = useRef(new Map<string, monaco.editor.ICodeEditorViewState | null>());
  const shownId = useRef<string | null>(null);
  const callbacks = useRef({ onChange, onCommand });
  callbacks.current = { onChange, onCommand };
  const tabsRef = useRef(tabs);
  tabsRef.current = tabs;

  useEffect(() => {
    const editor = monaco.editor.create(host.current!, {
      ...sqlEditorOptions,
      model: null,
      fontSize: 16,
      lineHeight: 24,
      lineNumbersMinChars: 3,
      ariaLabel: 'SQL editor',
      padding: { top: 8 },
    });
    editorRef.current = editor;
    const { KeyMod, KeyCode } = monaco;
    const command = (c: SqlEditorCommand) => () => {
      // A suggestion list left open would swallow the Esc meant to cancel the query.
      if (c === 'runStatement' || c === 'runAll') editor.trigger('run', 'hideSuggestWidget', null);
      callbacks.current.onCommand(c);
    };
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.Enter, command('runStatement'));
    editor.addCommand(KeyMod.CtrlCmd | KeyMod.Shift | KeyCode.Enter, command('runAll'));
    editor.addCommand(KeyMod.Shift | KeyMod.Alt | KeyCode.KeyF, command('format'));
    editor.addCommand(KeyMod.CtrlCmd | KeyCode.KeyT, command('newTab'));
    const modelMap = models.current;
    return () => {
      editor.dispose();
      for (const model of modelMap.values()) model.dispose();
      modelMap.clear();
      editorRef.current = null;
      shownId.current = null;
    };
  }, []);

  // Keep one model per tab: create new ones, dispose closed ones, show the active one.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    const open = new Set(tabs.map((t) => t.id));
    for (const [id, model] of models.current) {
      if (!open.has(id)) {
        model.dispose();
        models.current.delete(id);
        viewStates.current.delete(id);
      }
    }
    for (const tab of tabs) {
      if (models.current.has(tab.id)) continue;
      const model = monaco.editor.createModel(tab.text, duckdbLanguageId);
      model.onDidChangeContent(() => callbacks.current.onChange(tab.id, model.getValue()));
      models.current.set(tab.id, model);
    }
    if (shownId.current !== activeId) {
      if (shownId.current && models.current.has(shownId.current)) viewStates.current.set(shownId.current, editor.saveViewState());
      editor.setModel(models.current.get(activeId) ?? null);
      const state = viewStates.current.get(activeId);
      if (state) editor.restoreViewState(state);
      shownId.current = activeId;
      editor.focus();
      if (!interactiveMarked) {
        interactiveMarked = true;
        performance.mark('studio:editor-interactive');
      }
    }
  }, [tabs, activeId]);

  // Only on a restore: comparing on every render could undo a keystroke typed meanwhile.
  useEffect(() => {
    for (const tab of tabsRef.current) {
      const model = models.current.get(tab.id);
      if (model && model.getValue() !== tab.text) model.setValue(tab.text);
    }
  }, [restored]);

  useEffect(() => {
    editorRef.current?.updateOptions({ fontSize, lineHeight: Math.round(fontSize * 1.5) });
  }, [fontSize]);

  // Ctrl+Enter hides the list, but a suggestion timer started by the last keystroke can still fire
  // after the run began (easily, on a busy machine); typing while the query runs would open one too.
  useEffect(() => {
    const editor = editorRef.current;
    if (!editor) return;
    editor.updateOptions({ quickSuggestions: running ? false : typingSuggestions });
    if (running) editor.trigger('run', 'hideSuggestWidget', null);
  }, [running]);

  useImperativeHandle(ref, () => ({
    read() {
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model) return { text: '', selectionStart: 0, selectionEnd: 0, cursor: 0 };
      const selection = editor.getSelection() ?? new monaco.Selection(1, 1, 1, 1);
      return {
        text: model.getValue(),
        selectionStart: model.getOffsetAt(selection.getStartPosition()),
        selectionEnd: model.getOffsetAt(selection.getEndPosition()),
        cursor: model.getOffsetAt(selection.getPosition()),
      };
    },
    replaceAll(text) {
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model || model.getValue() === text) return;
      editor.pushUndoStop();
      editor.executeEdits('format', [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    markError(mark) {
      const editor = editorRef.current;
      const model = editor?.getModel();
      if (!editor || !model) return;
      if (!mark) {
        monaco.editor.setModelMarkers(model, markerOwner, []);
        return;
      }
      const at = model.getPositionAt(mark.offset);
      const word = model.getWordAtPosition(at);
      const startColumn = word?.startColumn ?? at.column;
      const endColumn = word?.endColumn ?? Math.min(at.column + 1, model.getLineMaxColumn(at.lineNumber) + 1);
      monaco.editor.setModelMarkers(model, markerOwner, [
        { severity: monaco.MarkerSeverity.Error, message: mark.message, startLineNumber: at.lineNumber, endLineNumber: at.lineNumber, startColumn, endColumn },
      ]);
      editor.revealPositionInCenterIfOutsideViewport(at);
    },
    focus() {
      editorRef.current?.focus();
    },
  }));

  return <div className="sql-editor" ref={host} />;
}
