/**
 * The deftunes pack on the real engine: the generated scales through the pack runner (tests pass,
 * questions agree, on the main data and a hidden variant), history arriving in batches (a type-2
 * user dimension, as-of answers that differ from today's), no purchase dropped for a missing user
 * or song, and the shipped files read by DuckDB-Wasm's own JSON and CSV readers with the exact rows
 * of the course notes.
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

const questionIds = ['purchases_and_likes_by_month', 'purchases_by_artist', 'purchases_by_country', 'purchases_by_country_at_purchase', 'purchases_over_time'];

/** A question's SQL in one style, run against the current build. */
async function answer(id: string, style: string) {
  return (await engine.query(pack.questions.find((q) => q.id === id)!.sql[style]!)).rows;
}

describe('deftunes generated scales', () => {
  it.each([0, 3])('1k, seed %i: every schema.yml test passes (anomalies fail as expected) and every answering style agrees', async (seed) => {
    const report = await buildPack(engine, pack, '1k', { seed });
    expect(report.styles.flatMap((s) => s.failedTests)).toEqual([]);
    expect(Object.fromEntries(report.styles.map((s) => [s.name, s.tests.expected_failures]))).toEqual({
      denormalized: 1, nf1: 1, nf2: 1, nf3: 0, star: 0, vault: 0, obt: 1,
    });
    const rows = Object.fromEntries(report.styles.flatMap((s) => s.tables.map((t) => [`${s.name}.${t.name}`, t.rows])));
    expect(rows['denormalized.sessions']).toBe(1000);
    expect(rows['nf3.users']).toBe(250);
    expect(rows['star.fact_order_items']).toBe(rows['nf1.session_items']);
    expect(rows['obt.purchases']).toBe(rows['nf1.session_items']);
    expect(rows['vault.link_purchase']).toBe(rows['nf1.session_items']);
    const questions = await runQuestions(engine, pack);
    expect(questions.filter((q) => !q.agree)).toEqual([]);
    expect(questions.map((q) => q.id).sort()).toEqual(questionIds);
    expect(questions.every((q) => q.rows > 0)).toBe(true);
    expect(Object.fromEntries(questions.map((q) => [q.id, Object.keys(q.cannotAnswer).sort()]))).toEqual({
      purchases_and_likes_by_month: [],
      purchases_by_artist: [],
      purchases_by_country: ['denormalized', 'nf1', 'nf2', 'obt'],
      purchases_by_country_at_purchase: ['nf3'],
      purchases_over_time: [],
    });
  });

  it('history: users arrive in three batches, the star keeps one version per change, as-of answers differ from today’s', async () => {
    await buildPack(engine, pack, '1k');
    const batches = await engine.query(`SELECT batch, strftime(min(load_date), '%Y-%m-%d'), count(*) FROM source.users GROUP BY ALL ORDER BY 1`);
    expect(batches.rows.map((r) => r.slice(0, 2))).toEqual([[1, '2023-01-01'], [2, '2023-07-01'], [3, '2024-07-01']]);
    const movers = Number(batches.rows[1]![2]) + Number(batches.rows[2]![2]);
    expect(movers).toBeGreaterThan(50);
    const versions = await engine.query(`SELECT count(*), count(*) FILTER (WHERE is_current), count(DISTINCT user_id) FROM star.dim_users`);
    // one version per user, one more per move, and the unknown member
    expect(versions.rows[0]).toEqual([250 + movers + 1, 251, 251]);
    const satUser = await engine.query('SELECT count(*), count(DISTINCT hashdiff) > 250 FROM vault.sat_user');
    expect(satUser.rows[0]).toEqual([250 + movers, true]);
    const today = await answer('purchases_by_country', 'star');
    const then = await answer('purchases_by_country_at_purchase', 'star');
    const total = (rows: unknown[][]) => rows.reduce((n, r) => n + Number(r[2]), 0);
    expect(total(today)).toBe(total(then));
    expect(today).not.toEqual(then);
  });

  it('a second fact on conformed dimensions: one like per user and song, drilled across with purchases by month', async () => {
    await buildPack(engine, pack, '1k');
    const likes = await engine.query(`SELECT count(*), count(DISTINCT (user_id, track_id)),
        count(*) FILTER (WHERE user_key = '-1' OR song_key = '-1' OR artist_key = '-1'),
        (SELECT count(*) FROM nf1.session_items WHERE liked) FROM star.fact_song_likes`);
    const [n, pairs, unknown, likedItems] = likes.rows[0]!.map(Number);
    expect([pairs, unknown]).toEqual([n, 0]);
    // a user who bought a liked song twice reported the like twice: one row here
    expect(n).toBeLessThan(likedItems!);
    expect(n).toBeGreaterThan(likedItems! * 0.9);
    const across = await answer('purchases_and_likes_by_month', 'star');
    const sums = across.reduce<number[]>((t, r) => [t[0]! + Number(r[2]), t[1]! + Number(r[3])], [0, 0]);
    const facts = await engine.query('SELECT (SELECT count(*) FROM star.fact_order_items), (SELECT count(*) FROM star.fact_song_likes)');
    expect(sums).toEqual(facts.rows[0]!.map(Number));
    // likes can precede the first purchase month: months with likes and no purchases show 0 purchases
    expect(across.some((r) => Number(r[2]) === 0 && Number(r[3]) > 0)).toBe(true);
  });

  it('song_id means one thing: the fact’s song_id joins dim_songs.song_id on every purchase', async () => {
    await buildPack(engine, pack, '1k');
    const r = await engine.query(`SELECT count(*), count(d.song_key), count(*) FILTER (WHERE d.track_id = f.track_id)
      FROM star.fact_order_items AS f LEFT JOIN star.dim_songs AS d ON d.song_id = f.song_id`);
    expect(r.rows[0]![0]).toBeGreaterThan(2000);
    expect(r.rows[0]).toEqual([r.rows[0]![0], r.rows[0]![0], r.rows[0]![0]]);
  });

  it('a purchase by an unknown user of an unknown track is kept: NULL attributes in the OBT, unknown members in the star', async () => {
    await buildPack(engine, pack, '1k');
    const obt = pack.tables.find((t) => t.qualified === 'obt.purchases')!.sql;
    const fact = pack.tables.find((t) => t.qualified === 'star.fact_order_items')!.sql;
    await engine.query('BEGIN TRANSACTION');
    try {
      await engine.query(`INSERT INTO source.sessions
        SELECT 'no-such-user', 'orphan-session', '2024-02-01T10:00:00.000000',
               [struct_pack(song_id := 'TRNOSUCHTRACK', song_name := 'Lost', artist_id := 'ARNOSUCHARTIST',
                            artist_name := 'Nobody', price := 1.5, currency := 'USD', liked := false, liked_since := NULL::VARCHAR)],
               3, TIMESTAMP '2024-07-01 00:00:00'`);
      const kept = await engine.query(`SELECT count(*), count(song_title), count(country_code), sum(price)::VARCHAR
        FROM (${obt}) WHERE session_id = 'orphan-session'`);
      expect(kept.rows[0]).toEqual([1, 0, 0, '1.50']);
      const keys = await engine.query(`SELECT user_key, song_key, artist_key FROM (${fact}) WHERE session_id = 'orphan-session'`);
      expect(keys.rows).toEqual([['-1', '-1', '-1']]);
    } finally {
      await engine.query('ROLLBACK');
    }
  });

  it('the capstone’s ingestion and processing columns: sessions, songs and the fact carry them', async () => {
    await buildPack(engine, pack, '1k');
    const fact = await engine.query(`SELECT count(*), count(DISTINCT fact_key), count(*) FILTER (WHERE processed_at = ingested_at + INTERVAL 30 MINUTE),
        array_sort(list(DISTINCT strftime(ingested_at, '%Y-%m-%d'))), any_value(source_name) FROM star.fact_order_items`);
    const n = fact.rows[0]![0];
    expect(fact.rows[0]).toEqual([n, n, n, ['2023-07-01', '2024-07-01'], 'api:/sessions']);
    const sessions = await engine.query(`SELECT count(*) FILTER (WHERE session_start_time < ingested_at AND processed_at > ingested_at) FROM nf3.sessions`);
    expect(sessions.rows).toEqual([[1000]]);
    const songs = await engine.query(`SELECT DISTINCT source_name, strftime(ingested_at, '%Y-%m-%d') FROM nf3.songs`);
    expect(songs.rows).toEqual([['postgres:deftunes.songs', '2023-01-01']]);
  });
});

describe('deftunes shipped files (course scale) through DuckDB-Wasm’s own readers', () => {
  it('the runner loads users.json, sessions.json and songs.csv with nested types and the notes’ rows, in batches', async () => {
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
    const elizabeth = await engine.query(`SELECT user_name, user_lastname, user_location, user_since FROM source.users
      WHERE user_id = 'a3141825-3a8c-4968-a3af-5362011ef7d5' AND batch = 1`);
    expect(elizabeth.rows).toEqual([['Elizabeth', 'Carey', ['46.32313', '-0.45877', 'Niort', 'FR', 'Europe/Paris'], '2020-12-22T14:15:35.936090']]);
    const items = await engine.query(`SELECT i.song_name, i.artist_name, i.price, i.liked
      FROM (SELECT unnest(session_items) AS i FROM source.sessions WHERE session_id = '04a5e8ac-1acd-48dc-88b9-651c4ddf489c')`);
    expect(items.rows).toEqual([
      ['3 Cards', 'The Balancing Act', 1.03, true],
      ['Parisian Walls (gband Version_1)', 'Apostle Of Hustle', 1.31, true],
    ]);
    const counts = await engine.query(`SELECT (SELECT count(*) FROM star.fact_order_items), (SELECT count(*) FROM star.dim_users),
      (SELECT count(*) FROM star.dim_artists), (SELECT count(*) FROM star.dim_songs WHERE year IS NULL AND song_key <> '-1'), (SELECT count(*) FROM vault.link_purchase),
      (SELECT count(*) FROM vault.sat_user), (SELECT count(*) FROM nf3.places)`);
    // 8 users + 4 moves + the unknown member; 5 artists + unknown
    expect(counts.rows[0]).toEqual([28, 13, 6, 1, 28, 12, 8]);
    const questions = await runQuestions(engine, pack);
    expect(questions.filter((q) => !q.agree)).toEqual([]);
    expect(Object.fromEntries(questions.map((q) => [q.id, q.rows]))).toEqual({
      purchases_and_likes_by_month: 9, purchases_by_artist: 5, purchases_by_country: 5, purchases_by_country_at_purchase: 7, purchases_over_time: 9,
    });
  });

  it('Marcus moved from New York to London on 2023-07-01: his earlier purchases stay in the US, today he counts in GB', async () => {
    await buildPack(engine, pack, 'course');
    const marcus = await engine.query(`SELECT place_name, strftime(valid_from, '%Y-%m-%d'), strftime(valid_to, '%Y-%m-%d'), is_current
      FROM star.dim_users WHERE user_id = '6b287203-7cab-4f1a-b1a4-2b5076294682' ORDER BY valid_from`);
    expect(marcus.rows).toEqual([['New York City', '2023-01-01', '2023-07-01', false], ['London', '2023-07-01', '9999-12-31', true]]);
    const by = (rows: unknown[][]) => Object.fromEntries(rows.map((r) => [String(r[0]), [Number(r[1]), Number(r[2])]]));
    // [buyers, songs bought]
    expect(by(await answer('purchases_by_country_at_purchase', 'obt'))).toMatchObject({ US: [2, 7], GB: [2, 2] });
    expect(by(await answer('purchases_by_country', 'vault'))).toMatchObject({ US: [1, 4], GB: [3, 7] });
  });

  it('writes: a move touches no past purchase where the location was copied, and changes today’s answer only', async () => {
    await buildPack(engine, pack, 'course');
    const writes = Object.fromEntries((await runWrites(engine, pack)).map((w) => [w.id, w]));
    expect(writes.user_moves!.rows_touched).toEqual({ denormalized: 0, nf1: 0, nf2: 0, nf3: 2, star: 2, vault: 2, obt: 0 });
    expect(writes.user_moves!.questions_changed).toEqual({
      denormalized: [], nf1: [], nf2: [], nf3: ['purchases_by_country'], star: ['purchases_by_country'], vault: ['purchases_by_country'], obt: [],
    });
    // The renamed artist has 4 purchased songs in 4 sessions: every copy is rewritten, 3NF and the star touch one row.
    expect(writes.artist_renamed!.rows_touched).toEqual({ denormalized: 4, nf1: 4, nf2: 4, nf3: 1, star: 1, vault: 1, obt: 4 });
    expect(Object.values(writes.artist_renamed!.questions_changed)).toEqual(Array(7).fill(['purchases_by_artist']));
  });
});
