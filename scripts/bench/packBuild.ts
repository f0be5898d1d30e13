/**
 * Native reference for the pack build: the SAME generator and table SQL as `buildPack`, run in
 * native DuckDB (@duckdb/node-api) with one thread, median of 3 fresh databases. The figure is
 * generator + every CREATE TABLE (no tests, no row counts), which matches
 * `report.source.ms + Σ report.styles[].build_ms` of a wasm BuildReport.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { fillPlaceholders, splitStatements } from '../../renderer/src/core/pack/sqlText';
import type { Pack } from '../../renderer/src/core/pack/loadPack';
import { assertPackSql } from '../../renderer/src/core/pack/packGate';
import { loadPackFromDisk } from '../lib/loadPackFromDisk';
import { median } from './metrics';

/** One native build of `pack` at `scaleId`; returns the build time in ms. */
export async function nativeBuildOnce(pack: Pack, scaleId: string, seed = 0): Promise<number> {
  return (await nativeBuildParts(pack, scaleId, seed)).ms;
}

/**
 * One native build of `pack` at `scaleId`: the build time in ms, and its parts keyed as the
 * browser hook keys them ('source', then each style), so a slow style shows as a ratio of its own.
 * `compress` builds into a compressed in-memory database, as the studio's large builds do (they
 * must, to fit DuckDB-Wasm's memory): the same work as the browser's, where the default (plain,
 * as native DuckDB holds memory) is the reference the goal names.
 */
export async function nativeBuildParts(pack: Pack, scaleId: string, seed = 0, compress = false): Promise<{ ms: number; parts: Record<string, number> }> {
  const scale = pack.scales.find((s) => s.id === scaleId);
  if (!scale) throw new Error(`pack.yml: no scale ${scaleId}`);
  assertPackSql(pack); // native DuckDB reaches the whole disk: pack SQL passes the content gate first
  // …and the database cannot reach files or extensions at all (it needs none: everything is in memory).
  const instance = await DuckDBInstance.create(':memory:', {
    threads: '1',
    enable_external_access: 'false',
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  try {
    if (compress) {
      await connection.run(`ATTACH ':memory:' AS compressed (COMPRESS)`);
      await connection.run('USE compressed');
    }
    const generator = splitStatements(fillPlaceholders(pack.generators[scale.generator]!, { orders: scale.orders ?? 0, seed }));
    const started = performance.now();
    const parts: Record<string, number> = {};
    const timed = async (part: string, sql: string) => {
      const t0 = performance.now();
      await connection.run(sql);
      parts[part] = (parts[part] ?? 0) + performance.now() - t0;
    };
    for (const style of pack.styles) await connection.run(`CREATE SCHEMA ${style}`);
    for (const statement of generator) await timed('source', statement);
    for (const table of pack.tables) await timed(table.style, `CREATE TABLE ${table.qualified} AS\n${table.sql.trim().replace(/;\s*$/, '')}`);
    return { ms: performance.now() - started, parts };
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}

/** Build every style of the retail pack natively with threads=1: median of 3 runs, in ms. */
export async function benchNativeBuild(scale: string, packId = 'retail'): Promise<{ ms: number }> {
  const pack = loadPackFromDisk(packId);
  const times: number[] = [];
  for (let i = 0; i < 3; i += 1) times.push(await nativeBuildOnce(pack, scale));
  return { ms: median(times) };
}
