/**
 * Live check against DuckDB-Wasm (Node build): the fixture queries, explained now, parse into
 * the same tree as the saved fixtures, with the same row counts (the data is deterministic;
 * only timings differ between runs).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPlanSession, planQueries, type PlanSession } from './capturePlans';
import { parsePlan } from '../renderer/src/core/plan/parsePlan';
import { hottest } from '../renderer/src/core/plan/summary';
import { joinGraph } from '../renderer/src/core/plan/joinGraph';
import { fixtures } from '../renderer/src/core/plan/fixtures';

let session: PlanSession;
beforeAll(async () => {
  session = await openPlanSession();
});
afterAll(async () => {
  await session?.close();
});

const saved: Record<string, { plain: unknown; analyzed: unknown }> = {
  scan: { plain: fixtures.scan.plan, analyzed: fixtures.scanA.plan },
  filter: { plain: fixtures.filter.plan, analyzed: fixtures.filterA.plan },
  join3: { plain: fixtures.join3.plan, analyzed: fixtures.join3A.plan },
  groupby: { plain: fixtures.groupby.plan, analyzed: fixtures.groupbyA.plan },
  unnest: { plain: fixtures.unnest.plan, analyzed: fixtures.unnestA.plan },
  deep: { plain: fixtures.deep.plan, analyzed: fixtures.deepA.plan },
  window: { plain: fixtures.window.plan, analyzed: fixtures.windowA.plan },
};

describe('plans from the live engine match the fixtures', () => {
  it.each(planQueries.map((q) => [q.slug, q.sql]))('%s', async (slug, sql) => {
    const live = parsePlan(await session.explain(sql, true));
    const fixture = parsePlan(saved[slug].analyzed);
    expect(live.nodes.map((n) => [n.name, n.depth, n.rows, n.estimatedRows])).toEqual(
      fixture.nodes.map((n) => [n.name, n.depth, n.rows, n.estimatedRows]),
    );
    expect(live.totalTime).toBeGreaterThan(0);
    expect(live.nodes.reduce((s, n) => s + (n.share ?? 0), 0)).toBeCloseTo(1, 9);
    const plain = parsePlan(await session.explain(sql, false));
    expect(plain.nodes.map((n) => n.name)).toEqual(parsePlan(saved[slug].plain).nodes.map((n) => n.name));
  });

  it('the 3-join query has a hottest operator and 3 joins over 4 tables', async () => {
    const q = planQueries.find((x) => x.slug === 'join3')!;
    const live = parsePlan(await session.explain(q.sql, true));
    expect(hottest(live).length).toBeGreaterThan(0);
    const g = joinGraph(live);
    expect([g.tables.length, g.joins.length]).toEqual([4, 3]);
  });
});
