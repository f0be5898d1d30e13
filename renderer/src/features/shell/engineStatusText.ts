/** How the engine's status reads in the status bar. Pure, so it is tested as a table. */
import { formatMs } from '../../core/format/numbers';
import type { EngineStatus } from '../../engine/engine';

/** Short status text and a tone for styling. */
export function engineStatusText(status: EngineStatus): { text: string; tone: 'busy' | 'ok' | 'warn' | 'error' } {
  switch (status.state) {
    case 'starting': {
      // The browser engine streams the wasm module without progress events (so that its compiled
      // code can be cached): a bare "0%" would read as stuck, so no figure is shown until one comes.
      const percent = Math.round(Math.min(1, Math.max(0, status.progress)) * 100);
      return { text: percent > 0 ? `Starting DuckDB… ${percent}%` : 'Starting DuckDB…', tone: 'busy' };
    }
    case 'ready': {
      const version = status.version.startsWith('v') ? status.version : `v${status.version}`;
      return { text: `DuckDB ${version} ready (${formatMs(status.startMs)})`, tone: 'ok' };
    }
    case 'restarting':
      return { text: `Restarting DuckDB: ${status.reason}`, tone: 'warn' };
    case 'failed':
      return { text: `DuckDB failed to start: ${status.message}`, tone: 'error' };
  }
}
