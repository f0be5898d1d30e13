/**
 * The hidden variant of a lesson's data: the pack generated with another seed, built into its own
 * attached database (`lesson_variant`) so the main build stays untouched and stays the default.
 * `buildPack` cannot be used for this, because a finished build becomes the session's default
 * and detaches the previous one; this builds the same tables, without tests, and switches only
 * for the duration of one check.
 */
import type { Pack } from '../../core/pack/loadPack';
import { fillPlaceholders, qualifyNames, splitStatements } from '../../core/pack/sqlText';
import type { Engine } from '../engine';
import { assertPackSql } from '../../core/pack/packGate';
import { quoteIdent, sqlString } from '../../core/sqlText/quote';

/** The attached database that holds the variant. */
export const VARIANT_DB = 'lesson_variant';

/** The seed of the hidden variant (0 is the main data). */
export const VARIANT_SEED = 7;

/**
 * Orders in the variant of a fixed-size scale (the course's two orders): the pack's generator at
 * this size gives the same tables with other rows, so an answer typed in from the notes fails.
 */
export const FIXED_SCALE_VARIANT_ORDERS = 24;

/** The generator and size the variant of `scaleId` uses. */
export function variantSource(pack: Pack, scaleId: string): { generator: string; orders: number } {
  const scale = pack.scales.find((s) => s.id === scaleId);
  if (!scale) throw new Error(`pack ${pack.id} has no scale ${scaleId}`);
  if (scale.orders) return { generator: scale.generator, orders: scale.orders };
  const sized = pack.scales.find((s) => s.orders && s.generator !== scale.generator);
  if (!sized) throw new Error(`pack ${pack.id} has no generated scale to vary the ${scaleId} data with`);
  return { generator: sized.generator, orders: FIXED_SCALE_VARIANT_ORDERS };
}

/** Runs work against the variant data. */
export interface VariantHost {
  /** Build the variant if needed, make it the default catalog while `work` runs, then switch back. */
  run<T>(work: () => Promise<T>): Promise<T>;
}

const built = new WeakMap<Engine, string>();


/** Build (or reuse) the variant of `pack` at `scaleId` in `lesson_variant`. */
export async function buildVariant(engine: Engine, pack: Pack, scaleId: string, seed = VARIANT_SEED): Promise<void> {
  const key = `${pack.id}/${scaleId}/${seed}`;
  const exists = (await engine.query(`SELECT count(*) FROM duckdb_databases() WHERE database_name = '${VARIANT_DB}'`)).rows[0]?.[0];
  if (built.get(engine) === key && Number(exists) > 0) return;
  const source = variantSource(pack, scaleId);
  assertPackSql(pack); // the variant runs the pack's own SQL: same sandbox as the runner
  const schemas = [...pack.styles, 'source'];
  await engine.query(`DETACH DATABASE IF EXISTS ${VARIANT_DB}; ATTACH ':memory:' AS ${VARIANT_DB}`);
  built.delete(engine);
  for (const style of pack.styles) await engine.query(`CREATE SCHEMA ${VARIANT_DB}.${style}`);
  const generator = pack.generators[source.generator] ?? '';
  for (const statement of splitStatements(fillPlaceholders(generator, { orders: source.orders, seed }))) {
    await engine.query(qualifyNames(statement, schemas, VARIANT_DB));
  }
  for (const table of pack.tables) {
    const select = qualifyNames(table.sql.trim().replace(/;\s*$/, ''), schemas, VARIANT_DB);
    await engine.query(`CREATE TABLE ${VARIANT_DB}.${table.qualified} AS\n${select}`);
  }
  built.set(engine, key);
}

/**
 * Make the variant the default catalog while `work` runs, so the student's unqualified
 * `nf3.orders` reads the variant; the previous catalog and search path are restored afterwards,
 * even when `work` fails.
 */
export async function inVariant<T>(engine: Engine, work: () => Promise<T>): Promise<T> {
  const before = await engine.query(`SELECT current_database(), current_setting('search_path')`);
  const database = String(before.rows[0]?.[0] ?? 'memory');
  const searchPath = String(before.rows[0]?.[1] ?? '');
  await engine.query(`USE ${VARIANT_DB}; SET search_path = '${VARIANT_DB}.main'`);
  try {
    return await work();
  } finally {
    await engine.query(`USE ${quoteIdent(database)}; ${searchPath ? `SET search_path = ${sqlString(searchPath)}` : 'RESET search_path'}`);
  }
}

/** A VariantHost for one pack and scale. */
export function variantHost(engine: Engine, pack: Pack, scaleId: string, seed = VARIANT_SEED): VariantHost {
  return {
    async run(work) {
      await buildVariant(engine, pack, scaleId, seed);
      return inVariant(engine, work);
    },
  };
}
