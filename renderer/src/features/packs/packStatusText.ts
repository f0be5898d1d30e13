/** How the pack's build reads in the status bar. Pure, so it is tested as a table. */
import type { PackState } from './packStore';

/** What the status bar shows about the pack: text, tone, and a progress fraction while building. */
export interface PackStatusView {
  text: string;
  tone: 'busy' | 'ok' | 'warn' | 'error';
  /** 0–1 while a build or its data tests run, else null. */
  progress: number | null;
  /** What the progress bar measures and what its stop button says, while there is one. */
  activity?: { label: string; stop: string };
}

const BUILDING = { label: 'Data build progress', stop: 'Stop building' };
const TESTING = { label: 'Data tests progress', stop: 'Stop the tests' };

/**
 * The status line for `state`; `title` is the pack's title and `scaleLabel` the scale's label
 * (e.g. "100,000 orders"). Null when there is nothing to say (no pack selected, nothing built).
 */
export function packStatusText(state: Pick<PackState, 'status' | 'progress' | 'report' | 'error' | 'testing'>, title: string, scaleLabel: string): PackStatusView | null {
  const what = `${title} (${scaleLabel})`;
  switch (state.status) {
    case 'building': {
      const p = state.progress;
      const fraction = p && p.total > 0 ? Math.min(1, p.done / p.total) : 0;
      return { text: `Building ${what}… ${Math.round(fraction * 100)}%`, tone: 'busy', progress: fraction, activity: BUILDING };
    }
    case 'ready': {
      // Queryable first; the data tests that follow say how far they are.
      const t = state.testing;
      if (t) return { text: `${what} ready to query · data tests: ${t.done}/${t.total}…`, tone: 'busy', progress: t.total > 0 ? Math.min(1, t.done / t.total) : 0, activity: TESTING };
      if (state.error) return { text: `${what} ready to query, but ${state.error}`, tone: 'warn', progress: null };
      if (state.report?.styles.some((s) => s.tests_pending)) return { text: `${what} ready to query; data tests not run yet`, tone: 'warn', progress: null };
      return { text: `${what} built: ready to query`, tone: 'ok', progress: null };
    }
    case 'failed':
      return { text: `${what} could not be built: ${state.error ?? 'unknown error'}. Schemas ▸ Build tries again.`, tone: 'error', progress: null };
    case 'cancelled':
      return { text: `Build of ${what} cancelled${state.report ? '; the previous build is still in place' : ''}. Schemas ▸ Build starts it again.`, tone: 'warn', progress: null };
    case 'idle':
      return null;
  }
}
