import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLessons } from '../../core/lessons/parseLesson';
import type { Pack } from '../../core/pack/loadPack';
import { loadPackFromDisk } from '../../../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../engine';
import { createNodeEngine } from '../nodeEngine';
import { buildPack } from '../pack';
import { checkLessons } from './checkLessons';

const lesson = (folder: string, pack: string, sql: string): [string, string] => [
  `lessons/${folder}/lesson.md`,
  ['---', `title: "${folder}"`, `pack: ${pack}`, 'scale: course', 'objectives:', '  - Count', 'minutes: 5', '---', '', 'Count them.', '', '```sql', sql, '```', ''].join('\n'),
];

const { lessons, errors } = loadLessons(Object.fromEntries([
  lesson('01-good', 'retail', 'SELECT count(*) AS lines FROM nf1.sales_order_lines'),
  lesson('02-broken', 'retail', 'SELECT * FROM nf1.no_such_table'),
  lesson('03-elsewhere', 'nowhere', 'SELECT 1'),
]));

let engine: Engine;
let retail: Pack;
let builds: string[];
const packs = {
  find: (id: string) => (id === 'retail' ? retail : null),
  build: async (pack: Pack, scale: string) => {
    builds.push(`${pack.id}/${scale}`);
    return buildPack(engine, pack, scale);
  },
};

beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
  retail = loadPackFromDisk('retail');
});
afterAll(async () => { await engine.close(); });

describe('checkLessons', () => {
  it('builds a pack once for a run of lessons on it, names a broken block, skips a lesson whose pack is missing', async () => {
    expect(errors).toEqual([]);
    builds = [];
    const seen: string[] = [];
    const report = await checkLessons(engine, lessons, packs, { onLesson: (i, l) => seen.push(`${i}:${l.id}`) });
    expect(builds).toEqual(['retail/course']);
    expect(seen).toEqual(['0:01-good', '1:02-broken', '2:03-elsewhere']);
    expect(report.ok).toBe(false);
    expect(report.results.map((r) => [r.lesson, r.problems.length])).toEqual([['01-good', 0], ['02-broken', 1]]);
    expect(report.results[1]!.problems[0]).toMatch(/02-broken.*no_such_table/);
    expect(report.skipped).toEqual([{ lesson: '03-elsewhere', reason: 'pack nowhere is not present in sample-data/' }]);
  });

  it('stops before the next lesson once cancelled', async () => {
    builds = [];
    const controller = new AbortController();
    const seen: string[] = [];
    const run = checkLessons(engine, lessons, packs, { signal: controller.signal, onLesson: (_i, l) => { seen.push(l.id); controller.abort(); } });
    await expect(run).rejects.toThrow(/abort/i);
    expect(seen).toEqual(['01-good']);
  });
});
