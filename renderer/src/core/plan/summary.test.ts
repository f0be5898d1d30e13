import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { formatBytes, formatRows, formatShare, formatTime } from './format';
import { parsePlan } from './parsePlan';
import { hottest, misestimates, planSummary } from './summary';
import { describeOperator, describeOperatorName } from './operators';

describe('format', () => {
  it.each([
    [null, '—'], [0, '0.00 ms'], [0.000004, '<0.01 ms'], [0.00042, '0.42 ms'], [0.0123, '12.3 ms'], [0.4567, '457 ms'], [1.25, '1.25 s'],
  ] as const)('formatTime(%s) = %s', (s, out) => expect(formatTime(s)).toBe(out));
  it.each([[null, '—'], [0, '0'], [999, '999'], [150000, '150,000'], [1234567, '1,234,567']] as const)(
    'formatRows(%s) = %s', (r, out) => expect(formatRows(r)).toBe(out));
  it.each([[null, '—'], [560, '560 B'], [4440, '4.4 kB'], [5400000, '5.4 MB'], [23_900_000, '24 MB']] as const)(
    'formatBytes(%s) = %s', (b, out) => expect(formatBytes(b)).toBe(out));
  it.each([[null, '—'], [0, '0%'], [0.004, '<1%'], [0.633, '63%'], [1, '100%']] as const)(
    'formatShare(%s) = %s', (s, out) => expect(formatShare(s)).toBe(out));
});

describe('summary and hottest', () => {
  it.each([
    ['join3A', 'Total 42.8 ms · 150,000 rows · result 5.4 MB · 8 operators'],
    ['filterA', 'Total 14.6 ms · 555 rows · result 4.4 kB · 3 operators'],
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
