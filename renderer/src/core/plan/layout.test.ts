import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { defaultCollapsed, descendantCount, layoutPlan } from './layout';
import { parsePlan } from './parsePlan';
import { hottest } from './summary';

describe('layoutPlan', () => {
  it('places a chain vertically, root on top, at exact positions', () => {
    const l = layoutPlan(parsePlan(fixtures.filterA.plan));
    expect(l.nodes.map((n) => [n.node.name, n.x, n.y])).toEqual([
      ['PROJECTION', 0, 0],
      ['FILTER', 0, 152],
      ['SEQ_SCAN', 0, 304],
    ]);
    expect([l.width, l.height]).toEqual([220, 400]);
  });

  it('spreads a join tree without overlapping boxes', () => {
    const l = layoutPlan(parsePlan(fixtures.join3A.plan));
    expect(l.nodes).toHaveLength(8);
    const leaves = l.nodes.filter((n) => n.node.children.length === 0).map((n) => n.x);
    expect(leaves).toEqual([0, 248, 496, 744]);
    for (const a of l.nodes) for (const b of l.nodes) {
      if (a !== b && a.y === b.y) expect(Math.abs(a.x - b.x)).toBeGreaterThanOrEqual(a.width);
    }
    expect([l.width, l.height]).toEqual([964, 552]);
  });

  it('draws edges child-top to parent-bottom, thicker for more rows', () => {
    const l = layoutPlan(parsePlan(fixtures.join3A.plan));
    const e = (from: number) => l.edges.find((x) => x.from === from)!;
    expect(l.edges).toHaveLength(7);
    expect(e(3).d.startsWith('M110,456')).toBe(true); // order_lines scan top centre
    expect(e(3).d.endsWith('234,400')).toBe(true); // its HASH_JOIN's bottom centre
    expect(e(3).rows).toBe(150000);
    expect(e(3).width).toBe(18);
    expect(e(4).rows).toBe(500);
    expect(e(4).width).toBe(2.9);
    expect(e(4).width).toBeLessThan(e(6).width);
  });

  it('uses estimates for edge widths when not analyzed', () => {
    const l = layoutPlan(parsePlan(fixtures.join3.plan));
    expect(l.edges.find((x) => x.from === 4)!.rows).toBe(500);
  });

  it('hides the children of collapsed nodes and counts them', () => {
    const p = parsePlan(fixtures.join3A.plan);
    const l = layoutPlan(p, { collapsed: new Set([2]) });
    expect(l.nodes.map((n) => n.node.id)).toEqual([0, 1, 2, 5, 6, 7]);
    expect(l.nodes.find((n) => n.node.id === 2)!.hidden).toBe(2);
    expect(l.edges).toHaveLength(5);
  });
});

describe('collapsing long branches', () => {
  it.each([
    ['deepA', 8, [8]],
    ['deepA', 12, [12]],
    ['deepA', 30, []],
    ['join3A', 2, [2, 5]],
  ] as const)('%s at depth %i collapses %j', (key, depth, ids) => {
    expect([...defaultCollapsed(parsePlan(fixtures[key].plan), depth)]).toEqual(ids);
  });

  it('keeps the hottest operators visible', () => {
    const p = parsePlan(fixtures.deepA.plan);
    const hot = hottest(p).map((n) => n.id);
    expect(hot).toContain(13);
    expect([...defaultCollapsed(p, 8, hot)]).toEqual([]);
    expect([...defaultCollapsed(p, 14, hot)]).toEqual([14]);
  });

  it('counts descendants', () => {
    const p = parsePlan(fixtures.deepA.plan);
    expect(descendantCount(p.root)).toBe(21);
    expect(descendantCount(p.nodes[8])).toBe(12);
  });
});
