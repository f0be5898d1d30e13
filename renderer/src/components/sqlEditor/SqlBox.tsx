/**
 * A small SQL box: a Monaco editor with the editor view's DuckDB highlighting and completion (the
 * same monacoSetup, so the same live catalog), growing with its text. Lessons use it for answers,
 * own styles for their SQL files. Ctrl/Cmd+Enter submits.
 */
import { useEffect, useRef } from 'react';
import { duckdbLanguageId } from './duckdbLanguage';
import { sqlEditorOptions } from './editorOptions';
import { monaco } from './monacoSetup';
import './SqlBox.css';

export interface SqlBoxProps {
  /** Accessible name of the editor's input, e.g. "Your query". */
  label: string;
  value: string;
  onChange(text: string): void;
  /** Ctrl/Cmd+Enter. */
  onSubmit(): void;
  /** Changes when the text is replaced from outside (e.g. a restored draft): the model takes `value`. */
  resetKey?: number;
}

const LINE = 22;

export function SqlBox({ label, value, onChange, onSubmit, resetKey = 0 }: SqlBoxProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const callbacks = useRef({ onChange, onSubmit });
  callbacks.current = { onChange, onSubmit };

  useEffect(() => {
    const model = monaco.editor.createModel(value, duckdbLanguageId);
    const editor = monaco.editor.create(host.current!, {
      ...sqlEditorOptions,
      model,
      fontSize: 15,
      lineHeight: LINE,
      lineNumbersMinChars: 2,
      ariaLabel: label,
      padding: { top: 6, bottom: 6 },
      scrollbar: { alwaysConsumeMouseWheel: false },
      renderLineHighlight: 'none',
      overviewRulerLanes: 0,
      // Tab moves focus on, as in any form field; Ctrl+M switches to inserting tabs.
      tabFocusMode: true,
    });
    editorRef.current = editor;
    const fit = () => {
      const lines = Math.min(18, Math.max(4, model.getLineCount() + 1));
      if (host.current) host.current.style.height = `${lines * LINE + 12}px`;
    };
    fit();
    model.onDidChangeContent(() => {
      fit();
      callbacks.current.onChange(model.getValue());
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => callbacks.current.onSubmit());
    return () => {
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // The editor is created once; `value` seeds it and `resetKey` replaces its text later.
  }, []);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
    // Only on an outside reset: comparing on every render could undo a keystroke typed meanwhile.
  }, [resetKey]);

  return <div className="sql-box" ref={host} />;
}
