import { useState } from 'react';
import { formatMs } from '../../core/format/numbers';
import type { ResultSet } from '../../core/result';
import { useStudio } from '../studio';
import { ResultTable } from './ResultTable';
import './SqlBlock.css';

export interface SqlBlockProps {
  sql: string;
  /** 1-based position among the lesson's SQL blocks, for names. */
  number: number;
  /** The block is meant to fail (an anomaly shown live). */
  expectError: boolean;
  /** False while the lesson's data is not ready. */
  canRun: boolean;
  lessonTitle: string;
}

type RunState = { kind: 'idle' } | { kind: 'running' } | { kind: 'done'; result: ResultSet; ms: number } | { kind: 'error'; message: string };

/** A runnable SQL block: the code, Run (result inline) and Open in editor. */
export function SqlBlock({ sql, number, expectError, canRun, lessonTitle }: SqlBlockProps) {
  const { engine, openInEditor } = useStudio();
  const [state, setState] = useState<RunState>({ kind: 'idle' });
  const run = async () => {
    setState({ kind: 'running' });
    try {
      const result = await engine.query(sql);
      setState({ kind: 'done', result, ms: result.elapsedMs });
    } catch (e) {
      setState({ kind: 'error', message: (e as Error).message });
    }
  };
  return (
    <div className="sql-block">
      <pre className="sql-block__code" aria-label={`SQL block ${number}`}>
        <code>{sql}</code>
      </pre>
      <div className="sql-block__actions">
        <button type="button" onClick={run} disabled={!canRun || state.kind === 'running'} aria-label={state.kind === 'running' ? `Running… SQL block ${number}` : `Run SQL block ${number}`}>
          {state.kind === 'running' ? 'Running…' : 'Run'}
        </button>
        <button type="button" onClick={() => openInEditor(sql, { title: `${lessonTitle} · ${number}` })} aria-label={`Open in editor: SQL block ${number}`}>
          Open in editor
        </button>
        {expectError && <span className="sql-block__note">This block is meant to fail.</span>}
        {state.kind === 'done' && <span className="sql-block__note">{formatMs(state.ms)}</span>}
      </div>
      <div aria-live="polite">
        {state.kind === 'done' && <ResultTable result={state.result} caption={`Result of SQL block ${number}`} />}
        {state.kind === 'error' && (
          <p className={expectError ? 'sql-block__expected-error' : 'sql-block__error'} role={expectError ? undefined : 'alert'}>
            {expectError ? 'As expected, DuckDB refuses: ' : 'Error: '}
            {state.message}
          </p>
        )}
      </div>
    </div>
  );
}
