import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../../engine/engine';
import { createNodeEngine } from '../../engine/nodeEngine';
import { benchCompare } from './compareBench';
import type { CompareSource } from './compareSource';
import { packSource } from './packSource';

let engine: Engine;
let source: CompareSource;
beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
  source = packSource(loadPackFromDisk('retail'));
});
afterAll(async () => engine?.close());

describe('packSource over the retail pack', () => {
  it('offers the pack styles, scales with their orders, and every question', () => {
    expect(source.styles).toEqual(['denormalized', 'nf1', 'nf2', 'nf3', 'star', 'vault', 'obt']);
    expect(source.scales.find((s) => s.id === '10k')?.orders).toBe(10000);
    expect(source.questions).toHaveLength(12);
    // Every style either answers a question or says why it cannot.
    expect(source.questions.every((q) => Object.keys(q.sql).length + Object.keys(q.cannotAnswer ?? {}).length === 7)).toBe(true);
    expect(source.questions.find((q) => q.id === 'sales_by_city_at_order')!.cannotAnswer).toEqual({ nf3: expect.stringContaining('overwrites') });
  });

  it('builds the course example and counts write costs: 3NF overwrites, the star and the vault keep history', async () => {
    const fractions: number[] = [];
    await source.build(engine, 'course', { onProgress: (f) => fractions.push(f) });
    expect(fractions.at(-1)).toBe(1);
    const writes = await source.writes(engine);
    const moves = Object.fromEntries(writes.filter((w) => w.scenario === 'customer_moves').map((w) => [w.style, w]));
    // 3NF: the new zip code and the customer row; the star closes a version and adds one.
    expect(moves.nf3!.rowsTouched).toBe(2);
    expect(moves.nf3!.keeps).toBe('overwrite');
    expect(moves.star!.rowsTouched).toBe(2);
    expect(moves.vault!.keeps).toBe('history');
    // Orders keep the address they were written with: nothing to rewrite in 1NF.
    expect(moves.nf1!.rowsTouched).toBe(0);
    expect(moves.nf3!.questionsChanged).toEqual(['sales_by_current_city']);
    expect(moves.nf1!.questionsChanged).toEqual([]);
  });

  it('bench: times the five families on the course data, every style agreeing', async () => {
    const result = await benchCompare(engine, source, { scale: 'course', runs: 2 });
    expect(result.styles).toEqual(['denormalized', 'nf3', 'star', 'vault', 'obt']);
    expect(result.questions).toBe(12);
    expect(result.allAgree).toBe(true);
    expect(Object.keys(result.medians.top_customers!)).toEqual(result.styles);
    expect(result.buildMs).toBeGreaterThan(0);
  });
});
