import { describe, expect, it } from 'vitest';
import { sqlShape } from './sqlShape';

describe('sqlShape', () => {
  it.each([
    ['one table', 'SELECT count(*) FROM obt.order_lines', ['obt'], { tables: ['obt.order_lines'], joins: 0, unnests: 0 }],
    [
      'explicit joins',
      `SELECT c.customer_name, sum(oi.quantity)
       FROM nf3.orders o JOIN nf3.order_items oi ON oi.order_id = o.order_id
       LEFT JOIN nf3.customers c USING (customer_id)
       GROUP BY 1`,
      ['nf3'],
      { tables: ['nf3.customers', 'nf3.order_items', 'nf3.orders'], joins: 2, unnests: 0 },
    ],
    [
      'implicit comma join',
      'SELECT * FROM star.fact_order_items f, star.dim_items i WHERE f.item_key = i.item_key',
      ['star'],
      { tables: ['star.dim_items', 'star.fact_order_items'], joins: 1, unnests: 0 },
    ],
    [
      'unnest in a subquery; comments and strings ignored',
      `-- a join in a comment
       SELECT x.name FROM (SELECT unnest(order_items) AS x FROM denormalized.sales_orders) WHERE x.name <> 'join'`,
      ['denormalized'],
      { tables: ['denormalized.sales_orders'], joins: 0, unnests: 1 },
    ],
    [
      'the same table twice counts once; other schemas ignored',
      'SELECT * FROM vault.hub_order h JOIN vault.sat_order s ON s.k = h.k JOIN vault.sat_order s2 ON s2.k = h.k JOIN source.orders o ON true',
      ['vault'],
      { tables: ['vault.hub_order', 'vault.sat_order'], joins: 3, unnests: 0 },
    ],
    [
      'a -- inside a quoted identifier does not hide the rest of the line',
      'SELECT "a--b" FROM star.fact_order_items f JOIN star.dim_items i USING (item_key)',
      ['star'],
      { tables: ['star.dim_items', 'star.fact_order_items'], joins: 1, unnests: 0 },
    ],
    [
      'a join inside a dollar-quoted string is not counted',
      "SELECT $$ a join b $$ AS note FROM obt.order_lines",
      ['obt'],
      { tables: ['obt.order_lines'], joins: 0, unnests: 0 },
    ],
  ])('%s', (_name, sql, schemas, expected) => {
    expect(sqlShape(sql, schemas)).toEqual(expected);
  });
});
