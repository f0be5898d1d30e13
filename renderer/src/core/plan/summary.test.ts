import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { parsePlan } from './parsePlan';
import { hottest, misestimates, planSummary } from './summary';
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
