import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { bareColumn, joinGraph, joinLabel, splitCondition } from './joinGraph';
import { parsePlan } from './parsePlan';
import { diffPlans } from './diffPlans';

const graphOf = (key: keyof typeof fixtures) => joinGraph(parsePlan(fixtures[key].plan));

describe('joinGraph', () => {
  it('finds the 3 joins of the 4-table plan, in execution order', () => {
    const g = graphOf('join3A');
    expect(g.tables.map((t) => `${t.id} ${t.name} [${t.columns.join(',')}] ${t.rows}`)).toEqual([
      't3 order_lines [order_id,item_id,quantity] 150000',
      't4 items [item_id,name] 500',
      't6 orders [order_id,customer_id] 50000',
      't7 customers [customer_id,customer_name] 2000',
    ]);
    expect(g.joins.map((j) => [j.order, j.nodeId, j.operator, j.type, j.left, j.right, j.rows])).toEqual([
      [1, 2, 'HASH_JOIN', 'INNER', ['t3'], ['t4'], 150000],
      [2, 5, 'HASH_JOIN', 'INNER', ['t6'], ['t7'], 50000],
      [3, 1, 'HASH_JOIN', 'INNER', ['t3', 't4'], ['t6', 't7'], 150000],
    ]);
    expect(g.joins.map((j) => j.keys.map((k) => `${k.left.table}.${k.left.column} ${k.op} ${k.right.table}.${k.right.column}`))).toEqual([
      ['t3.item_id = t4.item_id'],
      ['t6.customer_id = t7.customer_id'],
      ['t3.order_id = t6.order_id'],
    ]);
    expect(g.joins.map((j) => joinLabel(g, j))).toEqual([
      'order_lines ⋈ items',
      'orders ⋈ customers',
      'order_lines, items ⋈ orders, customers',
    ]);
  });

  it.each([
    ['scan', 1, 0],
    ['filterA', 1, 0],
    ['unnestA', 1, 0],
    ['deep', 4, 3],
    ['windowA', 1, 0],
  ] as const)('%s reads %i tables with %i joins', (key, tables, joins) => {
    const g = graphOf(key);
    expect([g.tables.length, g.joins.length]).toEqual([tables, joins]);
  });

  it('adds filter columns pushed into a scan', () => {
    expect(graphOf('filter').tables[0].columns).toEqual(['customer_id', 'order_id', 'order_date']);
  });

  it('labels a cross product and a join with several conditions', () => {
    const plan = parsePlan([{
      name: 'NESTED_LOOP_JOIN', extra_info: { 'Join Type': 'LEFT', Conditions: ['a.x < b.y', 'CAST(k AS BIGINT) = k'] },
      children: [
        { name: 'CROSS_PRODUCT', children: [
          { name: 'SEQ_SCAN ', extra_info: { Table: 'a', Projections: ['x', 'k'] }, children: [] },
          { name: 'SEQ_SCAN ', extra_info: { Table: 'c', Projections: 'z' }, children: [] },
        ] },
        { name: 'SEQ_SCAN ', extra_info: { Table: 'b', Projections: ['y', 'k'] }, children: [] },
      ],
    }]);
    const g = joinGraph(plan);
    expect(g.joins.map((j) => [j.operator, j.type, j.keys.map((k) => `${k.left.table}.${k.left.column}${k.op}${k.right.table}.${k.right.column}`)]))
      .toEqual([
        ['CROSS_PRODUCT', 'CROSS', []],
        ['NESTED_LOOP_JOIN', 'LEFT', ['t2.x<t4.y', 't2.k=t4.k']],
      ]);
  });

  it.each([
    ['item_id', 'item_id'],
    ['CAST(item_id AS BIGINT)', 'item_id'],
    ['CAST(CAST(o.id AS INTEGER) AS DECIMAL(18,3))', 'id'],
    ['"Order Id"', 'Order Id'],
    ['s.customer_hk', 'customer_hk'],
  ])('bareColumn(%j) = %j', (expr, col) => expect(bareColumn(expr)).toBe(col));

  it.each([
    ['a = b', ['a', '=', 'b']],
    ['CAST(x AS BIGINT) >= y', ['CAST(x AS BIGINT)', '>=', 'y']],
    ['a IS NOT DISTINCT FROM b', ['a', 'IS NOT DISTINCT FROM', 'b']],
  ] as const)('splitCondition(%j)', (text, [l, op, r]) => {
    expect(splitCondition(text)).toEqual({ left: l, op, right: r });
  });
});

describe('diffPlans', () => {
  it('calls out joins, operators, tables and time', () => {
    const d = diffPlans(parsePlan(fixtures.join3A.plan), parsePlan(fixtures.groupbyA.plan), ['nf3', 'obt']);
    expect(d.joins).toEqual({ a: 3, b: 0 });
    expect(d.tables).toEqual({ a: ['customers', 'items', 'order_lines', 'orders'], b: ['orders'] });
    expect(d.operators).toEqual([
      { name: 'HASH_JOIN', a: 3, b: 0 },
      { name: 'PERFECT_HASH_GROUP_BY', a: 0, b: 1 },
      { name: 'PROJECTION', a: 1, b: 3 },
      { name: 'SEQ_SCAN', a: 4, b: 1 },
    ]);
    expect(d.notes).toEqual([
      'obt is 4.0× faster than nf3 (42.8 ms vs 10.6 ms).',
      'nf3 joins 3 times, obt 0 times.',
      'Only nf3 uses HASH_JOIN.',
      'Only obt uses PERFECT_HASH_GROUP_BY.',
      'nf3 reads 4 tables, obt reads 1.',
      'They return different row counts (150000 vs 2000).',
    ]);
  });

  it('sees a different join order with the same join count', () => {
    const a = parsePlan(fixtures.join3A.plan);
    const b = parsePlan(fixtures.deepA.plan);
    const d = diffPlans(a, b);
    expect(d.joinOrder.b).toEqual(['order_lines ⋈ items', 'order_lines, items ⋈ orders', 'order_lines, items, orders ⋈ customers']);
    expect(d.notes).toContain('Both join 3 times, in a different order.');
  });

  it('says when the plans have the same shape', () => {
    const p = parsePlan(fixtures.join3.plan);
    expect(diffPlans(p, p).notes).toEqual(['The two plans have the same shape.']);
  });
});
