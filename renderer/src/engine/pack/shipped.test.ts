import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPack } from '../../core/pack/loadPack';
import type { Engine } from '../engine';
import { buildPack } from './buildPack';
import { runQuestions } from './runQuestions';
import { makeTestEngine } from './testEngine';

/** A pack whose only scale loads shipped JSON and CSV files into source before its generator. */
const files: Record<string, string> = {
  'pack.yml': [
    'id: shipped', 'title: Shipped', 'default_scale: files',
    'scales:',
    '  - id: files',
    '    label: Files',
    '    generator: source/check.sql',
    '    files:',
    '      - { path: source/people.json, table: people, format: json }',
    '      - { path: source/towns.csv, table: towns, format: csv }',
    'styles: [flat, split]', '',
  ].join('\n'),
  'source/check.sql': 'SELECT count(*) FROM source.people;',
  'source/people.json': JSON.stringify([{ id: 1, name: 'Ada', town: 10, tags: ['a', 'b'] }, { id: 2, name: 'Ben', town: 20, tags: [] }]),
  'source/towns.csv': 'town_id,town\n10,Springfield\n20,Shelbyville\n',
  'styles/flat/people.sql': 'SELECT p.id, p.name, t.town, len(p.tags) AS tags FROM source.people AS p JOIN source.towns AS t ON t.town_id = p.town',
  'styles/split/people.sql': 'SELECT id, name, town AS town_id, len(tags) AS tags FROM source.people',
  'styles/split/towns.sql': 'SELECT town_id, town FROM source.towns',
  'questions/q.yml': [
    'id: q', 'title: Q', 'sql:',
    '  flat: SELECT name, town, tags FROM flat.people',
    '  split: SELECT p.name, t.town, p.tags FROM split.people p JOIN split.towns t USING (town_id)', '',
  ].join('\n'),
};

let engine: Engine;
beforeAll(async () => {
  engine = await makeTestEngine();
});
afterAll(async () => {
  await engine.close();
});

describe('shipped files', () => {
  it('are loaded into source with DuckDB-Wasm readers, nested JSON kept', async () => {
    const report = await buildPack(engine, loadPack(files), 'files');
    expect(report.source.tables).toEqual([{ name: 'source.people', rows: 2 }, { name: 'source.towns', rows: 2 }]);
    expect((await engine.query('SELECT name, town, tags FROM flat.people ORDER BY id')).rows).toEqual([['Ada', 'Springfield', 2], ['Ben', 'Shelbyville', 0]]);
    expect((await runQuestions(engine, loadPack(files)))[0]!.agree).toBe(true);
    // No scratch tables or files are left behind.
    expect((await engine.query("SELECT count(*) FROM duckdb_tables() WHERE table_name LIKE '\\_\\_pack%' ESCAPE '\\'")).rows[0]![0]).toBe(0);
  });

  it('a missing shipped file is named in pack.yml', () => {
    const broken = { ...files };
    delete broken['source/towns.csv'];
    expect(() => loadPack(broken)).toThrow('pack.yml: scale files: file source/towns.csv not found');
  });
});
