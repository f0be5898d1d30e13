/**
 * Importer speed on small files: preview and load of a 12-row CSV and a 12-record JSON file,
 * median of repeated runs (after a warm-up). The bound is loose (shared 2-core machines); the
 * figure is printed for the record.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine';
import { createNodeEngine } from '../nodeEngine';
import { loadImport } from './loadImport';
import { previewImport } from './previewImport';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
let engine: Engine;
beforeAll(async () => { engine = createNodeEngine(); await engine.ready(); });
afterAll(async () => { await engine.close(); });

const rows = Array.from({ length: 12 }, (_, i) => ({ id: i + 1, name: `name ${i}`, city: ['Niort', 'Lyon', 'Gent'][i % 3]!, amount: (i * 13.7).toFixed(2), day: `2024-01-${String(i + 1).padStart(2, '0')}` }));
const csv = enc(`id,name,city,amount,day\n${rows.map((r) => `${r.id},${r.name},${r.city},${r.amount},${r.day}`).join('\n')}\n`);
const json = enc(JSON.stringify(rows));

async function medianMs(name: string, bytes: Uint8Array, runs: number): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs + 3; i++) {
    const t0 = performance.now();
    const p = await previewImport(engine, { name, bytes }, []);
    await loadImport(engine, p, { tableName: `speed_${i}`, columns: p.columns });
    if (i >= 3) times.push(performance.now() - t0);
    await engine.query(`DROP TABLE speed_${i}`);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

describe('importer speed', () => {
  it('previews and loads a small file well under a second', async () => {
    const c = await medianMs('small.csv', csv, 30);
    const j = await medianMs('small.json', json, 30);
    console.log(`importer median per small file: CSV ${c.toFixed(1)} ms, JSON ${j.toFixed(1)} ms`);
    expect(c).toBeLessThan(1000);
    expect(j).toBeLessThan(1000);
  });
});
