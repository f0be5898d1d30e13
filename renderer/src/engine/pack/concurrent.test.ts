/** Two builds asked of one engine at once (the launch build and the comparison's): both complete. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../core/pack/loadPack';
import { readPackFiles } from '../../../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../engine';
import { buildPack, currentPackDatabase } from './buildPack';
import { makeTestEngine } from './testEngine';

let engine: Engine;
const pack = loadPack(readPackFiles('retail'));

beforeAll(async () => {
  engine = await makeTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('builds on one engine', () => {
  it('take turns: both succeed, each in its own database, and the later one is current', async () => {
    const [first, second] = await Promise.all([buildPack(engine, pack, 'course'), buildPack(engine, pack, '1k')]);
    expect(first.styles.every((s) => s.tests.failed === 0)).toBe(true);
    expect(second.styles.every((s) => s.tests.failed === 0)).toBe(true);
    expect(first.database).not.toBe(second.database);
    expect(await currentPackDatabase(engine)).toBe(second.database);
    // 1,000 orders, not the course example's 2.
    expect((await engine.query('SELECT count(*) FROM nf3.orders')).rows[0]![0]).toBe(1000);
  });
});
