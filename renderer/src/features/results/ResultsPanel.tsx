/**
 * Below the editor: what the last run did. A summary line (rows, columns, time), Cancel while
 * running, Export CSV, a message when something went wrong, and the grid.
 */
import { useEffect, useState } from 'react';
import type { QueryRunner, RunState } from './queryRun';
import { ResultGrid } from './ResultGrid';
import { resultSummary } from './resultSummary';
import { RunMessageBox } from './RunMessageBox';
import type { CsvExport } from './useCsvExport';
import './ResultsPanel.css';

export interface ResultsPanelProps {
  runner: QueryRunner;
  state: RunState;
  /** When the current run was requested (performance.now()), for the running clock. */
  startedAt: number;
  onCancel(): void;
  /** The result's CSV export (owned by the view, which also offers it as a command). */
  csv: CsvExport;
}

export function ResultsPanel({ runner, state, startedAt, onCancel, csv }: ResultsPanelProps) {
  const running = state.phase === 'running';
  const runningMs = useRunningClock(running, startedAt);
  const showGrid = state.phase === 'done' && state.columns.length > 0;

  return (
    <section className="results-panel" aria-label="Results">
      <div className="results-panel__bar">
        <p className="results-panel__summary" role="status" aria-live="polite">
          {resultSummary(state, runningMs)}
        </p>
        {running && (
          <button type="button" className="btn btn--danger" onClick={onCancel} title="Cancel (Esc)">
            Cancel
          </button>
        )}
        <button type="button" className="btn" disabled={!showGrid || csv.exporting} onClick={csv.exportCsv}>
          {csv.exporting ? 'Exporting…' : 'Export CSV'}
        </button>
      </div>
      {csv.error && <p role="alert" className="results-panel__empty">Export failed: {csv.error}</p>}
      {state.message && <RunMessageBox message={state.message} />}
      {showGrid && (
        <div className="results-panel__grid">
          <ResultGrid
            columns={state.columns}
            rows={state.rows}
            rowsVersion={state.rowsVersion}
            exhausted={state.exhausted}
            onNeedRows={runner.requestMore}
            onLoadAll={runner.fetchAll}
          />
        </div>
      )}
      {state.phase === 'done' && state.columns.length === 0 && <p className="results-panel__empty">The statement ran and returned no columns.</p>}
    </section>
  );
}

/** Milliseconds since `startedAt`, ticking while `running`. */
function useRunningClock(running: boolean, startedAt: number): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (!running) return;
    setNow(performance.now());
    const timer = setInterval(() => setNow(performance.now()), 100);
    return () => clearInterval(timer);
  }, [running]);
  return Math.max(0, now - startedAt);
}
