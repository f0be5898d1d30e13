import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { bareTableName, erModel, tableKind, withActualColumns } from './erModel';
import type { SchemaModelInput } from './erModel';
import { ER_HEADER, ER_ROW, layoutEr, tableHeight, tableWidth } from './erLayout';
import { crowsFoot, overlaps } from './geometry';

const models = (file: string): SchemaModelInput[] =>
  (parse(readFileSync(new URL(`./fixtures/${file}`, import.meta.url), 'utf8')) as { models: SchemaModelInput[] }).models;

describe('erModel', () => {
  it.each([
    ['fact_order_items', 'fact'], ['fct_sales', 'fact'], ['dim_date', 'dimension'], ['hub_customer', 'hub'],
    ['link_order_item', 'link'], ['sat_order', 'satellite'], ['orders', 'table'], ['factory', 'table'],
  ] as const)('tableKind(%s) = %s', (name, kind) => expect(tableKind(name)).toBe(kind));

  it.each([['star.dim_customers', 'dim_customers'], ["ref('dim_items')", 'dim_items'], ['orders', 'orders']])(
    'bareTableName(%j) = %j', (to, name) => expect(bareTableName(to)).toBe(name));

  it('reads keys and relationships of the star', () => {
    const m = erModel(models('star.schema.yml'));
    const fact = m.tables[0];
    expect(fact.columns.filter((c) => c.pk).map((c) => c.name)).toEqual(['order_id', 'item_number']);
    expect(fact.columns.filter((c) => c.fk).map((c) => `${c.name}→${c.fk}.${c.fkField}`)).toEqual([
      'customer_key→dim_customers.customer_key', 'item_key→dim_items.item_key',
      'store_key→dim_stores.store_key', 'date_key→dim_date.date_key',
    ]);
    expect(m.relations.map((r) => [r.child, r.parent, r.childMany, r.parentMandatory])).toEqual([
      ['fact_order_items', 'dim_customers', true, true],
      ['fact_order_items', 'dim_items', true, true],
      ['fact_order_items', 'dim_stores', true, true],
      ['fact_order_items', 'dim_date', true, false],
    ]);
  });

  it('adds declared keys missing from columns and skips relationships to unknown tables', () => {
    const m = erModel([{ name: 'a', primary_key: ['id'], columns: [{ name: 'b_id', tests: [{ relationships: { to: 'x.b', field: 'id' } }] }] }]);
    expect(m.tables[0].columns.map((c) => [c.name, c.pk])).toEqual([['id', true], ['b_id', false]]);
    expect(m.relations).toEqual([]);
  });
});

describe('layoutEr', () => {
  it('puts the star fact in the centre with dimensions on both sides', () => {
    const l = layoutEr(erModel(models('star.schema.yml')));
    expect(l.mode).toBe('star');
    const box = (n: string) => l.tables.find((t) => t.table.name === n)!;
    const fact = box('fact_order_items');
    const cx = fact.x + fact.width / 2;
    const dims = l.tables.filter((t) => t.table.kind === 'dimension');
    expect(dims.filter((d) => d.x + d.width < fact.x).map((d) => d.table.name)).toEqual(['dim_customers', 'dim_stores']);
    expect(dims.filter((d) => d.x > fact.x + fact.width).map((d) => d.table.name)).toEqual(['dim_items', 'dim_date']);
    expect(cx).toBeCloseTo(l.width / 2, -2);
    expect([fact.x, fact.y, fact.width, fact.height]).toEqual([409, 66, 222, 250]);
    expect([l.width, l.height]).toEqual([1006, 382]);
  });

  it('orders dimensions by the fact’s FK rows whatever the file order, so connectors do not cross', () => {
    const reversed = [...models('star.schema.yml')].reverse();
    const l = layoutEr(erModel(reversed));
    const fact = l.tables.find((t) => t.table.kind === 'fact')!;
    const side = (left: boolean) => l.tables
      .filter((t) => t.table.kind === 'dimension' && (left ? t.x < fact.x : t.x > fact.x))
      .sort((a, b) => a.y - b.y)
      .map((t) => t.table.name);
    expect(side(true)).toEqual(['dim_customers', 'dim_stores']);
    expect(side(false)).toEqual(['dim_items', 'dim_date']);
  });

  it('never overlaps boxes', () => {
    for (const f of ['star.schema.yml', 'vault.schema.yml']) {
      const l = layoutEr(erModel(models(f)));
      for (const a of l.tables) for (const b of l.tables) if (a !== b) expect(overlaps(a, b)).toBe(false);
    }
  });

  it('layers the vault: hub satellites, hubs, links, link satellites', () => {
    const l = layoutEr(erModel(models('vault.schema.yml')));
    expect(l.mode).toBe('layered');
    const xs = Object.fromEntries(l.tables.map((t) => [t.table.name, t.x]));
    expect(xs.hub_customer).toBe(xs.hub_order);
    expect(xs.sat_customer).toBeLessThan(xs.hub_customer);
    expect(xs.link_order_customer).toBeGreaterThan(xs.hub_order);
    expect(xs.sat_order_customer).toBeGreaterThan(xs.link_order_customer);
  });

  it('connects the FK row of the child to the key row of the parent, with crow’s feet', () => {
    const l = layoutEr(erModel(models('star.schema.yml')));
    const e = l.edges.find((x) => x.relation.parent === 'dim_items')!;
    const fact = l.tables.find((t) => t.table.name === 'fact_order_items')!;
    const dim = l.tables.find((t) => t.table.name === 'dim_items')!;
    const fy = fact.y + ER_HEADER + 3 * ER_ROW + ER_ROW / 2; // item_key is the 4th column
    const dy = dim.y + ER_HEADER + ER_ROW / 2;
    expect(e.d).toBe(`M${fact.x + fact.width},${fy}C${fact.x + fact.width + 65},${fy} ${dim.x - 65},${dy} ${dim.x},${dy}`);
    expect(e.childEnd.d).toBe(`M${fact.x + fact.width + 14},${fy}L${fact.x + fact.width},${fy - 8}M${fact.x + fact.width + 14},${fy}L${fact.x + fact.width},${fy}M${fact.x + fact.width + 14},${fy}L${fact.x + fact.width},${fy + 8}`);
    expect(e.childEnd.circle).toEqual({ cx: fact.x + fact.width + 25, cy: fy });
    expect(e.parentEnd.circle).toBeNull();
  });

  it.each([
    [{ name: 'dim_date', kind: 'dimension' as const, description: '', columns: [] }, 200, ER_HEADER + ER_ROW + 6],
    [{ name: 'x'.repeat(60), kind: 'table' as const, description: '', columns: [] }, 380, ER_HEADER + ER_ROW + 6],
  ])('table box size %#', (t, w, h) => {
    expect([tableWidth(t), tableHeight(t)]).toEqual([w, h]);
  });
});

describe("crow's foot", () => {
  it.each([
    [true, true, 'M14,0L0,-8M14,0L0,0M14,0L0,8M20,-8L20,8', null],
    [false, true, 'M10,-8L10,8M20,-8L20,8', null],
    [false, false, 'M10,-8L10,8', { cx: 25, cy: 0 }],
    [true, false, 'M14,0L0,-8M14,0L0,0M14,0L0,8', { cx: 25, cy: 0 }],
  ] as const)('many=%s mandatory=%s', (many, mandatory, d, circle) => {
    expect(crowsFoot({ x: 0, y: 0, dir: 1 }, many, mandatory)).toEqual({ d, circle });
  });
  it('mirrors for the left side', () => {
    expect(crowsFoot({ x: 100, y: 50, dir: -1 }, false, true).d).toBe('M90,42L90,58M80,42L80,58');
  });
});

describe('withActualColumns', () => {
  it('orders by the built table, keeps declared tests, adds undeclared tables', () => {
    const merged = withActualColumns(
      [{ name: 'a', primary_key: ['id'], columns: [{ name: 'id', tests: ['unique'] }, { name: 'gone' }] }],
      { a: ['x', 'id'], b: ['k'] },
    );
    expect(merged).toEqual([
      { name: 'a', primary_key: ['id'], columns: [{ name: 'x' }, { name: 'id', tests: ['unique'] }, { name: 'gone' }] },
      { name: 'b', columns: [{ name: 'k' }] },
    ]);
  });
  it('leaves models alone when the table is not built', () => {
    const m = [{ name: 'a', columns: [{ name: 'id' }] }];
    expect(withActualColumns(m, {})).toEqual(m);
  });
});
