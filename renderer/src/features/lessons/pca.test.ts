/**
 * PCA against references computed another way. Two standardized features with correlation r
 * have covariance eigenvalues 1 + |r| and 1 − |r| (a hand-derived 2×2 case), so the first
 * component explains (1 + |r|) / 2 — with r computed by DuckDB's own corr(), not by ml-pca.
 * (Beside the lesson player, not in core, because the reference runs on the engine.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../engine/engine';
import { createNodeEngine } from '../../engine/nodeEngine';
import { fitPca, pcaProblem, type PcaRow } from '../../core/ml/pca';

const rows: PcaRow[] = [
  [1, 2], [2, 3.5], [3, 3], [4, 6], [5, 5.5], [6, 8], [7, 6.5], [8, 9], [9, 11], [10, 9.5], [3, 9], [8, 1],
].map((values, i) => ({ split: i < 10 ? 'train' : 'test', values }));

describe('fitPca', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = createNodeEngine();
    await engine.ready();
  });
  afterAll(async () => {
    await engine?.close();
  });

  it('explains (1 + |r|) / 2 on the first of two standardized features, r from DuckDB on the training rows only', async () => {
    const values = rows.filter((r) => r.split === 'train').map((r) => `(${r.values.join(', ')})`).join(', ');
    const ref = await engine.query(`SELECT corr(a, b), avg(a), stddev_pop(a) FROM (VALUES ${values}) AS t(a, b)`);
    const [r, meanA, sdA] = ref.rows[0]!.map(Number) as [number, number, number];
    const fit = fitPca(rows);
    expect(fit.trainRows).toBe(10);
    expect(fit.explained[0]).toBeCloseTo((1 + Math.abs(r)) / 2, 10);
    expect(fit.explained[1]).toBeCloseTo((1 - Math.abs(r)) / 2, 10);
    // The scaler was fitted on the training rows: the two test rows did not move it.
    expect(fit.means[0]).toBeCloseTo(meanA, 10);
    expect(fit.sds[0]).toBeCloseTo(sdA, 10);
    // For two standardized features the first component is (z1 ± z2) / √2, up to its sign.
    expect(Math.abs(fit.loadings[0]![0]!)).toBeCloseTo(Math.SQRT1_2, 10);
    expect(Math.abs(fit.loadings[0]![1]!)).toBeCloseTo(Math.SQRT1_2, 10);
    const z = (v: number[]) => v.map((x, j) => (x - fit.means[j]!) / fit.sds[j]!);
    const test = z(rows[10]!.values);
    expect(Math.abs(fit.scores[10]!.pc1)).toBeCloseTo(Math.abs(test[0]! + Math.sign(r) * test[1]!) / Math.SQRT2, 10);
    expect(fit.scores.map((s) => s.split)).toEqual(rows.map((r) => r.split));
  });

  it('says why it cannot fit', () => {
    expect(pcaProblem(rows.slice(0, 2), 2)).toBe('PCA needs more training rows (2) than features (2).');
    expect(pcaProblem([{ split: 'train', values: [1] }], 1)).toBe('PCA needs at least two numeric feature columns.');
    expect(pcaProblem([...rows, { split: 'train', values: [Number.NaN, 1] }], 2)).toBe('Every feature value must be a number (impute missing values first).');
    expect(() => fitPca(rows.slice(0, 2))).toThrow('more training rows');
  });
});
