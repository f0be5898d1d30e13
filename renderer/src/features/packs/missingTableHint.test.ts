import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../engine/pack';
import { bundledPacks } from './bundledPacks';
import { missingTableHint } from './missingTableHint';
import type { PackState } from './packStore';

const retail = bundledPacks().find((p) => p.pack?.id === 'retail')!.pack!;
type State = Pick<PackState, 'status' | 'progress' | 'report'>;
const idle: State = { status: 'idle', progress: null, report: null };
const building: State = { status: 'building', progress: { step: 'Building star.dim_items', done: 9, total: 36 }, report: null };
const built: State = { status: 'ready', progress: null, report: { pack: 'retail', scale: '100k' } as BuildReport };

describe('missingTableHint', () => {
  it.each<[string, State, string | null]>([
    ['fact_order_items', idle, 'star.fact_order_items is a table of the Retail sales pack, which is not built yet. Build it in Schemas ▸ Build (100,000 orders); it then stays built for this session.'],
    ['FACT_ORDER_ITEMS', building, 'star.fact_order_items is a table of the Retail sales pack, which is being built right now (25%, see the status bar). Run the query again once the status bar says it is built.'],
    ['hub_customer', built, "vault.hub_customer is a table of the Retail sales pack: write it with its style's schema, vault.hub_customer."],
    // Not a pack table: DuckDB's own message is enough.
    ['my_own_table', idle, null],
  ])('%s while %j', (table, state, expected) => {
    expect(missingTableHint(table, retail, '100,000 orders', state)).toBe(expected);
  });

  it('says to run again when the build that was running at the error has finished', () => {
    expect(missingTableHint('fact_order_items', retail, '100,000 orders', built, true)).toBe(
      'star.fact_order_items is a table of the Retail sales pack, which is built now: run the query again.',
    );
  });
});
