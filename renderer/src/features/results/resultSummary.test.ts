import { describe, expect, it } from 'vitest';
import type { RunState } from './queryRun';
import { resultSummary } from './resultSummary';

const base: RunState = { id: 1, phase: 'done', columns: [{ name: 'a', type: 'INTEGER' }], rows: [[1]], rowsVersion: 1, exhausted: true, fetching: false, statementCount: 1, statementsDone: 1, elapsedMs: 12.4 };

describe('resultSummary', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => [i]);
  it.each<[string, Partial<RunState>, number, string]>([
    ['before any run', { phase: 'idle' }, 0, 'Run a query to see its result here.'],
    ['one row', {}, 0, '1 row · 1 column · 12.4 ms'],
    ['an exact count', { rows: rows(2048), columns: [{ name: 'a', type: 'INTEGER' }, { name: 'b', type: 'INTEGER' }] }, 0, '2,048 rows · 2 columns · 12.4 ms'],
    ['a lower bound while rows remain', { rows: rows(2048), exhausted: false }, 0, '≥ 2,048 rows · 1 column · 12.4 ms'],
    ['fetching more', { rows: rows(4096), exhausted: false, fetching: true }, 0, '≥ 4,096 rows · 1 column · 12.4 ms · fetching…'],
    ['running', { phase: 'running' }, 1530, 'Running… 1.53 s'],
    ['running a script', { phase: 'running', statementCount: 3, statementsDone: 1 }, 20, 'Running (statement 2 of 3)… 20.0 ms'],
    ['failed', { phase: 'failed', elapsedMs: 3 }, 0, 'Failed after 3.00 ms'],
    ['cancelled', { phase: 'failed', elapsedMs: 1600, message: { kind: 'cancelled', title: '', detail: '' } }, 0, 'Cancelled after 1.60 s'],
    ['nothing to run', { phase: 'failed', elapsedMs: 1, message: { kind: 'empty', title: '', detail: '' } }, 0, 'Nothing ran'],
  ])('%s', (_n, patch, runningMs, expected) => {
    expect(resultSummary({ ...base, ...patch }, runningMs)).toBe(expected);
  });
});
