import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../scripts/lib/loadPackFromDisk';

describe('retail pack files', () => {
  const pack = loadPackFromDisk('retail');

  it('has the seven styles, five scales and the questions and writes the issue asks for', () => {
    expect(pack.styles).toEqual(['denormalized', 'nf1', 'nf2', 'nf3', 'star', 'vault', 'obt']);
    expect(pack.scales.map((s) => s.id)).toEqual(['course', '1k', '10k', '100k', '1m']);
    expect(pack.defaultScale).toBe('100k');
    expect(pack.questions.length).toBeGreaterThanOrEqual(12);
    expect(pack.questions.filter((q) => q.as_of).map((q) => q.id).sort()).toEqual(['sales_by_city_at_order', 'usa_sales_by_product_line']);
    expect(pack.writes.map((w) => w.id).sort()).toEqual(['customer_moves', 'new_store', 'price_change']);
    expect(pack.sourceTables).toEqual(['source.customers', 'source.items', 'source.order_lines', 'source.orders', 'source.returns', 'source.stores']);
  });

  it('builds the normalization walk in order: denormalized → 1NF → 2NF → 3NF → star', () => {
    const at = (name: string) => pack.tables.findIndex((t) => t.qualified === name);
    expect(at('denormalized.sales_orders')).toBeLessThan(at('nf1.sales_order_lines'));
    expect(at('nf1.sales_order_lines')).toBeLessThan(at('nf2.orders'));
    expect(at('nf2.order_items')).toBeLessThan(at('nf3.order_items'));
    expect(at('star.dim_customers')).toBeLessThan(at('star.fact_order_items'));
    expect(at('vault.hub_order')).toBeLessThan(at('vault.link_order_item'));
  });

  it('declares a model with a primary key for every table', () => {
    expect(pack.tables.filter((t) => !t.model?.primary_key?.length).map((t) => t.file)).toEqual([]);
  });

  it('a style that cannot answer says why and has no SQL; 3NF cannot answer what was true at the time', () => {
    for (const q of pack.questions) {
      for (const [style, reason] of Object.entries(q.cannot_answer)) {
        expect(q.sql[style]).toBeUndefined();
        expect(reason.length).toBeGreaterThan(40);
      }
      if (q.as_of) expect(Object.keys(q.cannot_answer)).toContain('nf3');
    }
  });

  it('never rewrites a price paid: the price change touches only the catalog', () => {
    const write = pack.writes.find((w) => w.id === 'price_change')!;
    for (const statements of Object.values(write.sql)) {
      for (const sql of statements) expect(sql).not.toMatch(/order_items|order_lines|sales_order|fact_order_items|sat_order_item/);
    }
    expect(write.keeps.nf3).toBe('overwrite');
    expect(write.keeps.star).toBe('history');
  });

  it('has a second fact over conformed dimensions and a drill-across question', () => {
    const returns = pack.tables.find((t) => t.qualified === 'star.fact_returns')!;
    const facts = pack.tables.find((t) => t.qualified === 'star.fact_order_items')!;
    const dims = (t: typeof returns) => t.model!.columns.flatMap((c) => c.tests.flatMap((x) => (typeof x === 'object' && 'relationships' in x ? [x.relationships.to] : []))).sort();
    expect(dims(returns)).toEqual(dims(facts));
    expect(pack.questions.find((q) => q.id === 'returns_by_brand')!.sql.star).toMatch(/fact_order_items[\s\S]*fact_returns[\s\S]*FULL OUTER JOIN/);
  });

  it('declares the history tests an expert expects', () => {
    const tests = (style: string) => pack.tables.filter((t) => t.style === style).flatMap((t) => (t.model?.tests ?? []).map((x) => ({ table: t.name, ...x })));
    expect(tests('star').map((t) => t.table).sort()).toEqual(['dim_customers', 'dim_items']);
    expect(tests('nf3')).toEqual([expect.objectContaining({ table: 'zip_codes', expect: 'pass' })]);
    for (const style of ['nf1', 'nf2', 'obt', 'denormalized']) expect(tests(style)).toEqual([expect.objectContaining({ expect: 'fail', why: expect.any(String) })]);
    const vault = pack.tables.filter((t) => t.style === 'vault' && t.name.startsWith('sat_') && t.model?.materialized === 'table');
    for (const sat of vault) expect(sat.model!.columns.find((c) => c.name === 'hashdiff')?.tests).toContain('not_null');
    for (const link of pack.tables.filter((t) => t.name.startsWith('link_'))) expect(link.model!.columns[0]!.tests).toContain('unique');
    // The vault loads from the source, never from another style.
    for (const t of pack.tables.filter((x) => x.style === 'vault')) expect(t.reads.every((r) => r.startsWith('source.') || r.startsWith('vault.'))).toBe(true);
  });
});
