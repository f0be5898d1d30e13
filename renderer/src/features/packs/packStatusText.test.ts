import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../engine/pack';
import { packStatusText } from './packStatusText';
import type { PackState } from './packStore';

const report = { pack: 'retail', scale: '100k' } as BuildReport;
type Case = [Pick<PackState, 'status' | 'progress' | 'report' | 'error'>, ReturnType<typeof packStatusText>];

describe('packStatusText', () => {
  const cases: Case[] = [
    [{ status: 'idle', progress: null, report: null, error: null }, null],
    [
      { status: 'building', progress: { step: 'Building star.fact_order_items', done: 12, total: 40 }, report: null, error: null },
      { text: 'Building Retail sales (100,000 orders)… 30%', tone: 'busy', progress: 0.3 },
    ],
    [{ status: 'building', progress: null, report: null, error: null }, { text: 'Building Retail sales (100,000 orders)… 0%', tone: 'busy', progress: 0 }],
    [{ status: 'ready', progress: null, report, error: null }, { text: 'Retail sales (100,000 orders) built: ready to query', tone: 'ok', progress: null }],
    [
      { status: 'failed', progress: null, report: null, error: 'styles/star/dim_date.sql: DuckDB: Out of Memory' },
      { text: 'Retail sales (100,000 orders) could not be built: styles/star/dim_date.sql: DuckDB: Out of Memory. Schemas ▸ Build tries again.', tone: 'error', progress: null },
    ],
    [{ status: 'cancelled', progress: null, report: null, error: null }, { text: 'Build of Retail sales (100,000 orders) cancelled. Schemas ▸ Build starts it again.', tone: 'warn', progress: null }],
    [
      { status: 'cancelled', progress: null, report, error: null },
      { text: 'Build of Retail sales (100,000 orders) cancelled; the previous build is still in place. Schemas ▸ Build starts it again.', tone: 'warn', progress: null },
    ],
  ];
  it.each(cases)('%j', (state, expected) => {
    expect(packStatusText(state, 'Retail sales', '100,000 orders')).toEqual(expected);
  });
});
