/** The buttons above the editor: run the statement, run all, plan it, format. (Cancel sits with the results.) */
import './EditorToolbar.css';

export interface EditorToolbarProps {
  /** A short note, e.g. why formatting failed. */
  notice: string | null;
  onRun(): void;
  onRunAll(): void;
  /** Open the plan view on the statement under the cursor (or the selection). */
  onPlan(): void;
  onFormat(): void;
}

export function EditorToolbar({ notice, onRun, onRunAll, onPlan, onFormat }: EditorToolbarProps) {
  return (
    <div className="editor-toolbar" role="toolbar" aria-label="Editor actions">
      <button type="button" className="btn btn--primary" onClick={onRun} title="Run the statement under the cursor, or the selection (Ctrl+Enter)">
        Run
      </button>
      <button type="button" className="btn" onClick={onRunAll} title="Run every statement (Shift+Ctrl+Enter)">
        Run all
      </button>
      <button type="button" className="btn" onClick={onPlan} title="Show the query plan of the statement under the cursor">
        Plan
      </button>
      <button type="button" className="btn" onClick={onFormat} title="Format the SQL (Shift+Alt+F)">
        Format
      </button>
      {notice && (
        <span className="editor-toolbar__notice" role="status">
          {notice}
        </span>
      )}
    </div>
  );
}
