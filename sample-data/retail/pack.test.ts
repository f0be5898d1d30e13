import { describe, expect, it } from 'vitest';
import { loadPackFromDisk } from '../../scripts/lib/loadPackFromDisk';

describe('retail pack files', () => {
  const pack = loadPackFromDisk('retail');

  it('has the seven styles, five scales and the questions and writes the issue asks for', () => {
    expect(pack.styles).toEqual(['denormalized', 'nf1', 'nf2', 'nf3', 'star', 'vault', 'obt']);
    expect(pack.scales.map((s) => s.id)).toEqual(['course', '1k', '10k', '100k', '1m']);
    expect(pack.defaultScale).toBe('100k');
    expect(pack.questions.length).toBeGreaterThanOrEqual(8);
    expect(pack.writes.map((w) => w.id).sort()).toEqual(['customer_moves', 'new_store', 'price_change']);
    expect(pack.sourceTables).toEqual(['source.customers', 'source.items', 'source.order_lines', 'source.orders', 'source.stores']);
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

  it('keeps history only in the vault', () => {
    for (const write of pack.writes) {
      expect(Object.entries(write.keeps).filter(([, k]) => k === 'history').map(([s]) => s)).toEqual(['vault']);
    }
  });
});
