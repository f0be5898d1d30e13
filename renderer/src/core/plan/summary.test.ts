import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { parsePlan } from './parsePlan';
import { hottest, misestimates, operatorSeconds, planSummary, profileFigures } from './summary';
import { describeOperator, describeOperatorName } from './operators';

describe('summary and hottest', () => {
  it.each([
    ['join3A', 'Total 42.8 ms · 150,000 rows · result 5.15 MiB · 8 operators'],
    ['filterA', 'Total 14.6 ms · 555 rows · result 4.34 KiB · 3 operators'],
    ['scan', 'Not run (EXPLAIN only) · ~50,000 rows estimated · 1 operator'],
    ['deep', 'Not run (EXPLAIN only) · rows unknown · 22 operators'],
  ] as const)('%s: %s', (key, line) => {
    expect(planSummary(parsePlan(fixtures[key].plan))).toBe(line);
  });

  it.each([
    ['join3A', ['1 HASH_JOIN', '5 HASH_JOIN']],
    ['deepA', ['13 HASH_GROUP_BY', '8 HASH_GROUP_BY', '11 HASH_JOIN']],
    ['windowA', ['1 WINDOW']],
    ['filterA', ['2 SEQ_SCAN', '1 FILTER']],
    ['join3', []],
  ] as const)('hottest of %s', (key, ids) => {
    expect(hottest(parsePlan(fixtures[key].plan)).map((n) => `${n.id} ${n.name}`)).toEqual(ids);
  });

  it('operatorSeconds: the operators\' own time, whatever latency DuckDB reports; null when not run', () => {
    const plan = fixtures.join3A.plan as Record<string, unknown>;
    expect(operatorSeconds(parsePlan(plan))! * 1000).toBeCloseTo(42.8, 1);
    // Native DuckDB reports a latency (parsing, planning, result included); DuckDB-Wasm reports 0.
    const withLatency = parsePlan({ ...plan, latency: 0.09 });
    expect(withLatency.totalTime).toBe(0.09);
    expect(operatorSeconds(withLatency)! * 1000).toBeCloseTo(42.8, 1);
    expect(operatorSeconds(parsePlan(fixtures.scan.plan))).toBeNull();
  });

  it('profileFigures: the median profile of several, with its costliest operator', () => {
    const plans = [fixtures.filterA.plan, fixtures.join3A.plan, fixtures.deepA.plan].map((p) => parsePlan(p));
    const mid = [...plans].sort((a, b) => operatorSeconds(a)! - operatorSeconds(b)!)[1]!;
    const top = hottest(mid, 1, 0)[0]!;
    expect(profileFigures(plans)).toEqual({ operatorsMs: operatorSeconds(mid)! * 1000, hottest: `${top.name} ${Math.round(top.share! * 100)}%` });
    expect(profileFigures([parsePlan(fixtures.join3A.plan)]).hottest).toMatch(/^HASH_JOIN \d+%$/);
  });

  it('lists misestimated operators', () => {
    expect(misestimates(parsePlan(fixtures.deepA.plan)).map((n) => `${n.id} ${n.name} ×${Math.round(n.estimateFactor!)}`))
      .toEqual(['1 PROJECTION ×176', '2 HASH_GROUP_BY ×176', '7 PROJECTION ×14', '8 HASH_GROUP_BY ×14']);
  });
});

describe('operator sentences', () => {
  it.each([
    'HASH_JOIN', 'SEQ_SCAN', 'TABLE_SCAN', 'FILTER', 'PROJECTION', 'HASH_GROUP_BY', 'PERFECT_HASH_GROUP_BY',
    'UNGROUPED_AGGREGATE', 'UNNEST', 'ORDER_BY', 'TOP_N', 'WINDOW', 'STREAMING_WINDOW', 'CROSS_PRODUCT',
    'NESTED_LOOP_JOIN', 'PIECEWISE_MERGE_JOIN', 'STREAMING_LIMIT', 'LIMIT', 'HASH_DISTINCT',
  ])('%s has its own sentence', (name) => {
    const s = describeOperatorName(name);
    expect(s).not.toMatch(/without a description/);
    expect(s.length).toBeGreaterThan(30);
  });

  it.each([
    ['SEQ_SCAN ', 'Reads a table'],
    ['hash_join', 'Builds a hash table'],
    ['PARQUET_SCAN', 'Reads rows from a source.'],
    ['ASOF_JOIN', 'For each left row'],
    ['SOMETHING_NEW', 'SOMETHING_NEW: an operator without a description yet; see its details.'],
  ])('describeOperatorName(%j) starts with %j', (name, start) => {
    expect(describeOperatorName(name).startsWith(start)).toBe(true);
  });

  it('makes sentences concrete with extra_info', () => {
    const p = parsePlan(fixtures.join3A.plan);
    expect(describeOperator(p.nodes[3])).toMatch(/ Table: order_lines\.$/);
    expect(describeOperator(p.nodes[1])).toMatch(/ Condition: order_id = order_id \(INNER join\)\.$/);
    const f = parsePlan(fixtures.filterA.plan);
    expect(describeOperator(f.nodes[1])).toMatch(/ Condition: \(\(customer_id % 7\) = 0\)\.$/);
    const d = parsePlan(fixtures.deepA.plan);
    expect(describeOperator(d.nodes[0])).toMatch(/ N = 10\.$/);
    expect(describeOperator(d.nodes[2])).toMatch(/ Groups: #0, #1\.$/);
  });
});
