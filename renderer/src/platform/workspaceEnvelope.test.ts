import { describe, expect, it } from 'vitest';
import { decodeEnvelope, encodeEnvelope, isWorkspaceData, type Migration } from './workspaceEnvelope';

const at = new Date('2026-11-23T13:30:00.000Z');

describe('workspace envelope', () => {
  it('round-trips', () => {
    const data = { tabs: [{ sql: 'SELECT 1', title: 'Q1' }], scale: 1, flags: [true, null] };
    expect(decodeEnvelope(encodeEnvelope(data, at))).toEqual({ ok: true, version: 1, savedAt: at.toISOString(), data });
  });

  it.each([
    ['{"version":1', 'corrupt', 'it is not valid JSON'],
    ['[]', 'corrupt', 'it is not a workspace'],
    ['{"savedAt":"2026-11-23T13:30:00.000Z","data":{}}', 'corrupt', 'it has no valid version'],
    ['{"version":1.5,"savedAt":"2026-11-23T13:30:00.000Z","data":{}}', 'corrupt', 'it has no valid version'],
    ['{"version":1,"savedAt":"soon","data":{}}', 'corrupt', 'it has no valid save time'],
    ['{"version":1,"savedAt":"2026-11-23T13:30:00.000Z","data":"x"}', 'corrupt', 'its data is not a JSON object'],
    ['{"version":2,"savedAt":"2026-11-23T13:30:00.000Z","data":{}}', 'newer', 'it was saved by a newer Modeling Studio (workspace version 2; this one reads up to 1)'],
  ])('rejects %s as %s', (text, reason, message) => {
    expect(decodeEnvelope(text)).toEqual({ ok: false, reason, message });
  });

  it('migrates step by step and reports the starting version', () => {
    const migrations: Record<number, Migration> = { 1: (d) => ({ ...d, b: 2 }), 2: (d) => ({ ...d, c: 3 }) };
    expect(decodeEnvelope(encodeEnvelope({ a: 1 }, at, 1), 3, migrations)).toEqual({ ok: true, version: 3, savedAt: at.toISOString(), data: { a: 1, b: 2, c: 3 }, migratedFrom: 1 });
    expect(decodeEnvelope(encodeEnvelope({ a: 1 }, at, 1), 3, { 1: migrations[1]! })).toMatchObject({ ok: false, message: 'no migration from workspace version 2' });
  });

  it.each([
    [{}, true],
    [{ a: [1, 'x', { b: null }] }, true],
    [[], false],
    [{ a: Number.POSITIVE_INFINITY }, false],
    [{ a: new Map() }, false],
  ])('isWorkspaceData(%j) = %s', (value, ok) => expect(isWorkspaceData(value)).toBe(ok));
});
