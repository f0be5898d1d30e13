/** The learner's own tables come back after an engine restart (DuckDB-Wasm in Node, a real worker death). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { loadImport } from '../../engine/importing/loadImport';
import { previewImport } from '../../engine/importing/previewImport';
import { createNodeEngine } from '../../engine/nodeEngine';
import { forgetMissing, onImportsRestored, rememberImport, restoreAfterRestart } from './importMemory';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
let engine: Engine;
const workers: Worker[] = [];
beforeAll(async () => {
  engine = createNodeEngine({ onWorker: (w) => workers.push(w) });
  await engine.ready();
});
afterAll(() => engine.close());

describe('importMemory', () => {
  it('loads every kept file again, with its dialect and types, when the engine restarts', async () => {
    restoreAfterRestart(engine);
    const csv = { name: 'visits.csv', bytes: enc('Export\nid;city;amount\n1;Niort;2.5\n2;Lyon;3.25;late\n') };
    const p = await previewImport(engine, csv, []);
    const columns = p.columns.map((c) => (c.name === 'amount' ? { ...c, type: 'DECIMAL(18,2)' } : c));
    await loadImport(engine, p, { tableName: 'visits', columns });
    const { delimiter, quote, escape, skip, headerRows } = p.dialect!;
    rememberImport({ source: csv, choice: { delimiter, quote, escape, skip, headerRows }, tableName: 'visits', columns, schema: 'main' });
    const json = { name: 'u.json', bytes: enc('[{"id":1,"tags":["a","b"]}]') };
    const j = await previewImport(engine, json, []);
    await loadImport(engine, j, { tableName: 'users', columns: j.columns });
    rememberImport({ source: json, tableName: 'users', columns: j.columns, schema: 'main' });
    // A table dropped with SQL is forgotten, so a restart does not bring it back.
    const gone = { name: 'gone.csv', bytes: enc('a\n1\n') };
    const g = await previewImport(engine, gone, []);
    await loadImport(engine, g, { tableName: 'gone', columns: g.columns });
    rememberImport({ source: gone, tableName: 'gone', columns: g.columns, schema: 'main' });
    await engine.query('DROP TABLE gone');
    forgetMissing(['visits', 'visits_rejects', 'users']);

    const restored = new Promise<string[]>((resolve) => { const off = onImportsRestored((names) => { off(); resolve(names); }); });
    workers[workers.length - 1]!.terminate();
    expect(await restored).toEqual(['visits', 'users']);
    const v = await engine.query('SELECT id, city, amount::VARCHAR, typeof(amount), _extra FROM visits ORDER BY id');
    expect(v.rows).toEqual([[1, 'Niort', '2.50', 'DECIMAL(18,2)', null], [2, 'Lyon', '3.25', 'DECIMAL(18,2)', 'late']]);
    expect((await engine.query('SELECT tags FROM users')).rows[0]?.[0]).toEqual(['a', 'b']);
    expect((await engine.query(`SELECT count(*) FROM duckdb_tables() WHERE table_name = 'gone'`)).rows[0]?.[0]).toBe(0);
  });
});
