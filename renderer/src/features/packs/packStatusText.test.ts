import { describe, expect, it } from 'vitest';
import type { BuildReport } from '../../engine/pack';
import { packStatusText } from './packStatusText';
import type { PackState } from './packStore';

const report = { pack: 'retail', scale: '100k', styles: [] } as unknown as BuildReport;
type Case = [Pick<PackState, 'status' | 'progress' | 'report' | 'error'> & Partial<Pick<PackState, 'testing'>>, ReturnType<typeof packStatusText>];
const pending = { ...report, styles: [{ name: 'star', tests_pending: true }] } as BuildReport;
const building = { label: 'Data build progress', stop: 'Stop building' };

describe('packStatusText', () => {
  const cases: Case[] = [
    [{ status: 'idle', progress: null, report: null, error: null }, null],
    [
      { status: 'building', progress: { step: 'Building star.fact_order_items', done: 12, total: 40 }, report: null, error: null },
      { text: 'Building Retail sales (100,000 orders)… 30%', tone: 'busy', progress: 0.3, activity: building },
    ],
    [{ status: 'building', progress: null, report: null, error: null }, { text: 'Building Retail sales (100,000 orders)… 0%', tone: 'busy', progress: 0, activity: building }],
    [{ status: 'ready', progress: null, report, error: null }, { text: 'Retail sales (100,000 orders) built: ready to query', tone: 'ok', progress: null }],
    // Queryable before its data tests: they follow, with their own progress and stop button.
    [
      { status: 'ready', progress: null, report: pending, error: null, testing: { step: 'Testing star', done: 45, total: 180 } },
      { text: 'Retail sales (100,000 orders) ready to query · data tests: 45/180…', tone: 'busy', progress: 0.25, activity: { label: 'Data tests progress', stop: 'Stop the tests' } },
    ],
    [{ status: 'ready', progress: null, report: pending, error: null }, { text: 'Retail sales (100,000 orders) ready to query; data tests not run yet', tone: 'warn', progress: null }],
    [
      { status: 'ready', progress: null, report: pending, error: 'the data tests could not run: styles/vault/schema.yml: DuckDB: Out of Memory' },
      { text: 'Retail sales (100,000 orders) ready to query, but the data tests could not run: styles/vault/schema.yml: DuckDB: Out of Memory', tone: 'warn', progress: null },
    ],
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
    expect(packStatusText({ testing: null, ...state }, 'Retail sales', '100,000 orders')).toEqual(expected);
  });
});
