/**
 * The deftunes pack on the real engine: the generated scales through the pack runner (tests pass,
 * questions agree, on the main data and a hidden variant), and the shipped files read by
 * DuckDB-Wasm's own JSON and CSV readers with the exact rows of the course notes.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadPackFromDisk, readPackFiles } from '../../scripts/lib/loadPackFromDisk';
import type { Engine } from '../../renderer/src/engine/engine';
import { createNodeEngine } from '../../renderer/src/engine/nodeEngine';
import { buildPack } from '../../renderer/src/engine/pack/buildPack';
import { runQuestions } from '../../renderer/src/engine/pack/runQuestions';
import { runWrites } from '../../renderer/src/engine/pack/runWrites';

const pack = loadPackFromDisk('deftunes');
const files = readPackFiles('deftunes');
let engine: Engine;

beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
});
afterAll(async () => { await engine.close(); });

describe('deftunes generated scales', () => {
  it.each([0, 3])('1k, seed %i: every schema.yml test passes and every question agrees', async (seed) => {
    const report = await buildPack(engine, pack, '1k', { seed });
    expect(report.styles.flatMap((s) => s.failedTests)).toEqual([]);
    const rows = Object.fromEntries(report.styles.flatMap((s) => s.tables.map((t) => [`${s.name}.${t.name}`, t.rows])));
    expect(rows['denormalized.sessions']).toBe(1000);
    expect(rows['star.dim_users']).toBe(250);
    expect(rows['star.fact_order_items']).toBe(rows['nf1.session_items']);
    expect(rows['obt.purchases']).toBe(rows['nf1.session_items']);
    const questions = await runQuestions(engine, pack);
    expect(questions.filter((q) => !q.agree)).toEqual([]);
    expect(questions.map((q) => q.id).sort()).toEqual(['purchases_by_artist', 'purchases_by_country', 'purchases_over_time']);
    expect(questions.every((q) => q.rows > 0)).toBe(true);
  });

  it('the star carries ingestion columns and the notes’ grain', async () => {
    await buildPack(engine, pack, '1k');
    const r = await engine.query(`SELECT count(*), count(DISTINCT fact_key), min(ingest_ts)::VARCHAR, any_value(source)
      FROM star.fact_order_items`);
    expect(r.rows[0]).toEqual([r.rows[0]![0], r.rows[0]![0], '2024-07-01 06:00:00', 'api:/sessions']);
    const users = await engine.query(`SELECT DISTINCT source FROM star.dim_users`);
    expect(users.rows).toEqual([['api:/users']]);
  });
});

describe('deftunes shipped files (course scale) through DuckDB-Wasm’s own readers', () => {
  it('the runner loads users.json, sessions.json and songs.csv with nested types and the notes’ rows', async () => {
    expect(files['pack.yml']).toContain('path: source/users.json');
    const report = await buildPack(engine, pack, 'course');
    expect(report.styles.flatMap((s) => s.failedTests)).toEqual([]);
    const types = await engine.query(`SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_catalog = current_database() AND table_schema = 'source'
        AND column_name IN ('user_location', 'session_items', 'duration', 'year') ORDER BY 1, 2`);
    expect(types.rows).toEqual([
      ['sessions', 'session_items', 'STRUCT(artist_id VARCHAR, artist_name VARCHAR, currency VARCHAR, liked BOOLEAN, liked_since VARCHAR, price DOUBLE, song_id VARCHAR, song_name VARCHAR)[]'],
      ['songs', 'duration', 'DOUBLE'],
      ['songs', 'year', 'BIGINT'],
      ['users', 'user_location', 'VARCHAR[]'],
    ]);
    const elizabeth = await engine.query(`SELECT user_name, user_lastname, user_location, user_since FROM source.users WHERE user_id = 'a3141825-3a8c-4968-a3af-5362011ef7d5'`);
    expect(elizabeth.rows).toEqual([['Elizabeth', 'Carey', ['46.32313', '-0.45877', 'Niort', 'FR', 'Europe/Paris'], '2020-12-22T14:15:35.936090']]);
    const items = await engine.query(`SELECT i.song_name, i.artist_name, i.price, i.liked
      FROM (SELECT unnest(session_items) AS i FROM source.sessions WHERE session_id = '04a5e8ac-1acd-48dc-88b9-651c4ddf489c')`);
    expect(items.rows).toEqual([
      ['3 Cards', 'The Balancing Act', 1.03, true],
      ['Parisian Walls (gband Version_1)', 'Apostle Of Hustle', 1.31, true],
    ]);
    const counts = await engine.query(`SELECT (SELECT count(*) FROM star.fact_order_items), (SELECT count(*) FROM star.dim_users),
      (SELECT count(*) FROM star.dim_artists), (SELECT count(*) FROM star.dim_songs WHERE year IS NULL), (SELECT count(*) FROM vault.link_purchase)`);
    expect(counts.rows[0]).toEqual([28, 8, 5, 1, 28]);
    const questions = await runQuestions(engine, pack);
    expect(questions.filter((q) => !q.agree)).toEqual([]);
    expect(Object.fromEntries(questions.map((q) => [q.id, q.rows]))).toEqual({ purchases_by_artist: 5, purchases_by_country: 7, purchases_over_time: 9 });
  });

  it('a user who moves: copies rewritten where the location repeats, one row in 3NF and the star', async () => {
    const writes = await runWrites(engine, pack);
    // The first buyer by user_id has 2 sessions and 4 purchased songs in the shipped files.
    const buyer = await engine.query(`SELECT count(DISTINCT session_id), count(*) FROM nf1.session_items
      WHERE user_id = (SELECT min(user_id) FROM source.sessions)`);
    const [sessions, songs] = buyer.rows[0]!;
    expect([sessions, songs]).toEqual([2, 4]);
    expect(Object.fromEntries(writes.map((w) => [w.id, w.rows_touched]))).toEqual({
      user_moves: { denormalized: sessions, nf1: songs, nf2: sessions, nf3: 1, star: 1, vault: 1, obt: songs },
    });
  });
});
