import { describe, expect, it } from 'vitest';
import type { EngineStatus } from '../../engine/engine';
import { engineStatusText } from './engineStatusText';

describe('engineStatusText', () => {
  const cases: Array<[EngineStatus, string, string]> = [
    [{ state: 'starting', progress: 0 }, 'Starting DuckDB…', 'busy'],
    [{ state: 'starting', progress: 0.456 }, 'Starting DuckDB… 46%', 'busy'],
    [{ state: 'starting', progress: 3 }, 'Starting DuckDB… 100%', 'busy'],
    [{ state: 'ready', version: 'v1.4.3', startMs: 1234.4 }, 'DuckDB v1.4.3 ready (1.23 s)', 'ok'],
    [{ state: 'ready', version: '1.4.3', startMs: 80 }, 'DuckDB v1.4.3 ready (80.0 ms)', 'ok'],
    [{ state: 'restarting', reason: 'the worker stopped' }, 'Restarting DuckDB: the worker stopped', 'warn'],
    [{ state: 'failed', message: 'no wasm' }, 'DuckDB failed to start: no wasm', 'error'],
  ];
  it.each(cases)('%j', (status, text, tone) => {
    expect(engineStatusText(status)).toEqual({ text, tone });
  });
});
