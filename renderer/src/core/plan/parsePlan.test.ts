import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures';
import { flattenExtraInfo, parsePlan, PlanParseError } from './parsePlan';

const shape = (p: ReturnType<typeof parsePlan>): string[] => p.nodes.map((n) => `${'  '.repeat(n.depth)}${n.name}`);

describe('parsePlan on captured fixtures', () => {
  it.each([
    ['scan', 1, 'SEQ_SCAN', false],
    ['scanA', 1, 'SEQ_SCAN', true],
    ['filter', 3, 'PROJECTION', false],
    ['filterA', 3, 'PROJECTION', true],
    ['join3', 8, 'PROJECTION', false],
    ['join3A', 8, 'PROJECTION', true],
    ['groupby', 5, 'PROJECTION', false],
    ['unnestA', 4, 'PROJECTION', true],
    ['deep', 22, 'TOP_N', false],
    ['deepA', 22, 'TOP_N', true],
    ['windowA', 3, 'PROJECTION', true],
  ] as const)('%s: %i operators, root %s, analyzed %s', (key, count, rootName, analyzed) => {
    const p = parsePlan(fixtures[key].plan);
    expect(p.nodes).toHaveLength(count);
    expect(p.root.name).toBe(rootName);
    expect(p.analyzed).toBe(analyzed);
  });

  it('trims trailing spaces of operator names and skips EXPLAIN_ANALYZE', () => {
    expect(shape(parsePlan(fixtures.join3A.plan))).toEqual([
      'PROJECTION',
      '  HASH_JOIN',
      '    HASH_JOIN',
      '      SEQ_SCAN',
      '      SEQ_SCAN',
      '    HASH_JOIN',
      '      SEQ_SCAN',
      '      SEQ_SCAN',
    ]);
  });

  it('plain and analyzed plans have the same shape', () => {
    for (const [a, b] of [['join3', 'join3A'], ['deep', 'deepA'], ['window', 'windowA']] as const) {
      expect(shape(parsePlan(fixtures[a].plan))).toEqual(shape(parsePlan(fixtures[b].plan)));
    }
  });

  it('reads times, shares, rows and result size of an analyzed join', () => {
    const p = parsePlan(fixtures.join3A.plan);
    const top = p.nodes[1];
    expect(top.time).toBe(0.027118553);
    expect(top.rows).toBe(150000);
    expect(top.estimatedRows).toBe(156926);
    expect(top.rowsIn).toBe(200000);
    expect(p.rows).toBe(150000);
    expect(p.resultBytes).toBe(5400000);
    // Latency is 0 in DuckDB-Wasm, so the total is the sum of operator times.
    expect(p.totalTime).toBeCloseTo(0.04282682, 9);
    expect(p.nodes.reduce((s, n) => s + (n.share ?? 0), 0)).toBeCloseTo(1, 12);
    expect(top.share).toBeCloseTo(0.027118553 / 0.04282682, 12);
  });

  it('rows scanned for scans, rows in for filters', () => {
    const p = parsePlan(fixtures.filterA.plan);
    const [proj, filter, scan] = p.nodes;
    expect([scan.rowsIn, scan.rows]).toEqual([50000, 4160]);
    expect([filter.rowsIn, filter.rows]).toEqual([4160, 555]);
    expect([proj.rowsIn, proj.rows]).toEqual([555, 555]);
  });

  it.each([
    // [fixture, node id, estimate, actual, factor, flagged]
    ['filterA', 1, 2000, 555, 2000 / 555, false],
    ['deepA', 2, 2114, 12, 2114 / 12, true],
    ['deepA', 5, 2115, 6000, 6000 / 2115, false],
    ['join3A', 3, 150000, 150000, 1, false],
  ] as const)('%s node %i: estimate %i vs %i rows', (key, id, est, rows, factor, off) => {
    const n = parsePlan(fixtures[key].plan).nodes[id];
    expect([n.estimatedRows, n.rows]).toEqual([est, rows]);
    expect(n.estimateFactor).toBeCloseTo(factor, 9);
    expect(n.estimateOff).toBe(off);
  });

  it('plain EXPLAIN has no times or rows but keeps estimates', () => {
    const p = parsePlan(fixtures.join3.plan);
    expect(p.totalTime).toBeNull();
    expect(p.nodes.every((n) => n.time === null && n.rows === null && n.share === null)).toBe(true);
    expect(p.root.estimatedRows).toBe(156926);
  });

  it('flattens extra_info arrays with newlines', () => {
    const p = parsePlan(fixtures.deepA.plan);
    expect(p.nodes[2].extraInfo).toEqual({
      Groups: '#0\n#1',
      Aggregates: 'sum(#2)\ncount(DISTINCT #3)',
      'Estimated Cardinality': '2114',
    });
    expect(p.nodes[0].extraInfo).toEqual({ Top: '10', 'Order By': 'sum(pc.total) DESC' });
  });
});

describe('parsePlan input shapes', () => {
  const plain = fixtures.scan.plan;
  it.each([
    ['array of roots', plain],
    ['JSON text', JSON.stringify(plain)],
    ['explain rows', [{ explain_key: 'physical_plan', explain_value: JSON.stringify(plain) }]],
    ['a single node', (plain as unknown[])[0]],
  ])('%s', (_label, input) => {
    const p = parsePlan(input);
    expect(p.root.name).toBe('SEQ_SCAN');
    expect(p.root.extraInfo.Table).toBe('orders');
  });

  it('uses latency when DuckDB reports it', () => {
    const plan = { latency: 0.5, children: [{ operator_name: 'SEQ_SCAN ', operator_timing: 0.1, operator_cardinality: 3, children: [] }] };
    expect(parsePlan(plan).totalTime).toBe(0.5);
    expect(parsePlan(plan).root.share).toBe(1);
  });

  it('wraps several roots in one PLAN node', () => {
    const p = parsePlan([{ name: 'A', children: [] }, { name: 'B', children: [] }]);
    expect(p.nodes.map((n) => n.name)).toEqual(['PLAN', 'A', 'B']);
  });

  it.each([['not json', '{'], ['empty array', []], ['a number', 3], ['empty analyzed root', { latency: 0, children: [] }]])(
    'rejects %s',
    (_label, input) => {
      expect(() => parsePlan(input)).toThrow(PlanParseError);
    },
  );

  it('flattenExtraInfo keeps strings, joins arrays, drops nulls', () => {
    expect(flattenExtraInfo({ a: 'x', b: ['1', '2'], c: null, d: 3 })).toEqual({ a: 'x', b: '1\n2', d: '3' });
    expect(flattenExtraInfo('nope')).toEqual({});
  });
});
