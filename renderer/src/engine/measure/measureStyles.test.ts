import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../engine';
import { createTwoStyles, revenueByCustomer } from './fixtures';
import { growth } from './growth';
import { measureStyles, type MeasureProgress } from './measureStyles';
import { makeTestEngine } from './testEngine';

let engine: Engine;
// In Node the storage files are real files: keep them out of the repository.
let fileDir: string;
beforeAll(async () => {
  fileDir = mkdtempSync(path.join(tmpdir(), 'studio-measure-styles-')) + '/';
  engine = await makeTestEngine();
  await createTwoStyles(engine);
});
afterAll(async () => {
  await engine?.close();
  rmSync(fileDir, { recursive: true, force: true });
});

describe('measureStyles', () => {
  it('measures storage of every style, says so before timing starts, then times every question', async () => {
    const events: string[] = [];
    const measured = await measureStyles(engine, {
      styles: ['w1', 'w3'],
      questions: [revenueByCustomer],
      runs: 2,
      distinct: false,
      fileDir,
      onProgress: (p: MeasureProgress) => events.push(`${p.phase} ${p.done}/${p.total}`),
      onStorage: (storage) => events.push(`storage known: ${storage.map((s) => s.schema).join(',')}`),
    });
    expect(measured.storage.map((s) => [s.schema, s.rows, s.tables.length])).toEqual([['w1', 600, 1], ['w3', 830, 4]]);
    // 1 warm-up + 2 counted runs in 2 styles: 6 timing steps, none before the storage is known.
    expect(events).toEqual(['storage 0/2', 'storage 1/2', 'storage known: w1,w3', ...[1, 2, 3, 4, 5, 6].map((d) => `time ${d}/6`)]);
    const q = measured.timing.questions[0]!;
    expect(Object.values(q.styles).map((t) => [t.samples.length, t.agrees])).toEqual([[2, true], [2, true]]);
  });

  it('stops with an AbortError when cancelled', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(measureStyles(engine, { styles: ['w1'], questions: [revenueByCustomer], fileDir, signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('growth', () => {
  it('measures each scale with the same sequence: the same bytes as one pass, and every question timed', async () => {
    const once = await measureStyles(engine, { styles: ['w1', 'w3'], questions: [revenueByCustomer], runs: 1, distinct: false, fileDir });
    const built: string[] = [];
    const points = await growth(engine, {
      scales: [{ id: 'a', orders: 200 }, { id: 'b', orders: 200 }],
      build: async (id) => void built.push(id),
      styles: ['w1', 'w3'],
      questions: [revenueByCustomer],
      runs: 1,
      fileDir,
    });
    expect(built).toEqual(['a', 'b']);
    for (const point of points) {
      expect(point.styles.w1!.csvBytes).toBe(once.storage[0]!.csvBytes);
      expect(point.styles.w3!.duckdbBytes).toBe(once.storage[1]!.duckdbBytes);
      expect(point.timing.questions.map((q) => q.id)).toEqual(['revenue_by_customer']);
      expect(point.styles.w3!.medianMs).toBe(point.timing.questions[0]!.styles.w3!.summary!.median);
    }
  });
});
