import { describe, expect, it } from 'vitest';
import { layoutLineage } from './lineage';
import { layoutJoinGraph } from './joinGraphLayout';
import { longestPathLayers, overlaps } from './geometry';

const retail = [
  { id: 'nf3.customers', reads: ['source.customers'] },
  { id: 'nf3.orders', reads: ['source.orders'] },
  { id: 'nf3.order_items', reads: ['source.order_lines'] },
  { id: 'star.dim_customers', reads: ['nf3.customers'] },
  { id: 'star.fact_order_items', reads: ['nf3.order_items', 'nf3.orders', 'star.dim_customers'] },
];

describe('lineage layout', () => {
  it('layers source → nf3 → star by longest path', () => {
    const l = layoutLineage(retail);
    const layer = Object.fromEntries(l.nodes.map((n) => [n.id, n.layer]));
    expect(layer).toEqual({
      'source.customers': 0, 'source.orders': 0, 'source.order_lines': 0,
      'nf3.customers': 1, 'nf3.orders': 1, 'nf3.order_items': 1,
      'star.dim_customers': 2, 'star.fact_order_items': 3,
    });
    expect(l.nodes.filter((n) => n.external).map((n) => n.id)).toEqual(['source.customers', 'source.orders', 'source.order_lines']);
    expect(l.edges).toHaveLength(7);
    for (const a of l.nodes) for (const b of l.nodes) if (a !== b) expect(overlaps(a, b)).toBe(false);
  });

  it('orders a layer by what it reads, so edges do not cross needlessly', () => {
    const l = layoutLineage(retail);
    const ys = (ids: string[]) => ids.map((id) => l.nodes.find((n) => n.id === id)!.y);
    expect(ys(['source.customers', 'source.order_lines', 'source.orders'])).toEqual([30, 100, 170]);
    expect(ys(['nf3.customers', 'nf3.order_items', 'nf3.orders'])).toEqual([30, 100, 170]);
  });

  it('draws edges from the reader’s input side', () => {
    const l = layoutLineage(retail);
    const e = l.edges.find((x) => x.to === 'nf3.customers')!;
    expect(e.d).toBe('M200,56C255,56 255,56 310,56');
  });

  it('limits to chosen schemas and what they read', () => {
    const l = layoutLineage(retail, { schemas: ['star'] });
    expect(l.nodes.map((n) => n.id).sort()).toEqual([
      'nf3.customers', 'nf3.order_items', 'nf3.orders', 'star.dim_customers', 'star.fact_order_items',
    ]);
    expect(l.nodes.filter((n) => !n.inScope).map((n) => [n.id, n.external]).sort()).toEqual([
      ['nf3.customers', false], ['nf3.order_items', false], ['nf3.orders', false],
    ]);
  });

  it('breaks cycles instead of looping', () => {
    const layers = longestPathLayers(['a', 'b'], (id) => (id === 'a' ? ['b'] : ['a']));
    expect([...layers.entries()].sort()).toEqual([['a', 1], ['b', 0]]);
  });
});

describe('join graph layout', () => {
  const graph = {
    tables: [
      { id: 't3', name: 'order_lines', columns: ['order_id', 'item_id'], rows: 150000 },
      { id: 't4', name: 'items', columns: ['item_id', 'name'], rows: 500 },
      { id: 't6', name: 'orders', columns: ['order_id'], rows: 50000 },
    ],
    joins: [
      { order: 1, type: 'INNER', operator: 'HASH_JOIN', left: ['t3'], right: ['t4'],
        keys: [{ left: { table: 't3', column: 'item_id' }, right: { table: 't4', column: 'item_id' }, op: '=' }] },
      { order: 2, type: 'INNER', operator: 'HASH_JOIN', left: ['t3', 't4'], right: ['t6'],
        keys: [{ left: { table: 't3', column: 'order_id' }, right: { table: 't6', column: 'order_id' }, op: '=' }] },
      { order: 3, type: '', operator: 'CROSS_PRODUCT', left: ['t4'], right: ['t6'], keys: [] },
    ],
  };

  it('places every table without overlap and one labelled edge per joined pair', () => {
    const l = layoutJoinGraph(graph);
    for (const a of l.tables) for (const b of l.tables) if (a !== b) expect(overlaps(a, b)).toBe(false);
    expect(l.edges.map((e) => [e.from, e.to, e.title, e.keys])).toEqual([
      ['t3', 't4', '1 · INNER', ['item_id = item_id']],
      ['t3', 't6', '2 · INNER', ['order_id = order_id']],
      ['t4', 't6', '3 · CROSS_PRODUCT', []],
    ]);
    const e = l.edges[0];
    expect([e.lx, e.ly]).toEqual([Math.round((e.x1 + e.x2) * 5) / 10, Math.round((e.y1 + e.y2) * 5) / 10]);
  });

  it('lays out a single table', () => {
    const l = layoutJoinGraph({ tables: [graph.tables[0]], joins: [] });
    expect([l.tables[0].x, l.tables[0].y, l.edges.length]).toEqual([40, 40, 0]);
  });
});
