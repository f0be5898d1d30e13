import { describe, expect, it } from 'vitest';
import { collectCases, runCase } from './pageRunner';

describe('the page runner of the Engine suite', () => {
  const cases = collectCases((t) => {
    t.describe('outer', () => {
      t.it('passes', () => t.expect({ a: [1, 2n] }).toEqual({ a: [1, 2n] }));
      t.it('fails an assertion', async () => t.expect(await Promise.resolve(1)).toBe(2));
    });
    t.it('throws', () => {
      throw new Error('boom');
    });
    t.it('hangs', () => new Promise(() => undefined), 50);
  });

  it('names each case after its describe blocks', () => {
    expect(cases.map((c) => c.name)).toEqual(['outer > passes', 'outer > fails an assertion', 'throws', 'hangs']);
  });

  it('reports a passing case, a failed assertion, an error and a timeout as a user of the e2e report reads them', async () => {
    const results = [];
    for (const c of cases) results.push(await runCase(c));
    expect(results.map((r) => [r.name, r.ok, r.error])).toEqual([
      ['outer > passes', true, undefined],
      ['outer > fails an assertion', false, 'expected 1 to be 2 // Object.is equality'],
      ['throws', false, 'boom'],
      ['hangs', false, 'timed out after 50 ms'],
    ]);
  });
});
