/** The one-line summary above the grid ("1,024 rows · 35.2 ms"). Pure. */
import { formatCount, formatMs } from '../../core/format/numbers';
import type { RunState } from './queryRun';


/** What the status line above the grid says for a run; `now` gives the running time. */
export function resultSummary(state: RunState, runningMs: number): string {
  switch (state.phase) {
    case 'idle':
      return 'Run a query to see its result here.';
    case 'running': {
      const step = state.statementCount > 1 ? ` (statement ${Math.min(state.statementsDone + 1, state.statementCount)} of ${state.statementCount})` : '';
      return `Running${step}… ${formatMs(runningMs)}`;
    }
    case 'failed': {
      const what = state.message?.kind === 'cancelled' ? 'Cancelled' : state.message?.kind === 'empty' ? 'Nothing ran' : 'Failed';
      return state.message?.kind === 'empty' || state.elapsedMs === undefined ? what : `${what} after ${formatMs(state.elapsedMs)}`;
    }
    case 'done': {
      const n = state.rows.length;
      const rows = state.exhausted ? `${formatCount(n)} ${n === 1 ? 'row' : 'rows'}` : `≥ ${formatCount(n)} rows`;
      const cols = `${state.columns.length} ${state.columns.length === 1 ? 'column' : 'columns'}`;
      return `${rows} · ${cols} · ${formatMs(state.elapsedMs ?? 0)}${state.fetching ? ' · fetching…' : ''}`;
    }
  }
}
