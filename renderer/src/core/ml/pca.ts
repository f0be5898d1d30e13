/**
 * Principal component analysis for the ML lesson, done the leak-free way round: the scaler
 * (mean and standard deviation per feature) and the components are fitted on the training rows
 * only, then applied unchanged to every row. The linear algebra is ml-pca's (SVD), not ours.
 */
import { PCA } from 'ml-pca';
import type { ResultSet } from '../result';

/** One example: its split ('train' rows fit the model) and its feature values. */
export interface PcaRow {
  split: string;
  values: number[];
}

/** What the lesson shows. */
export interface PcaResult {
  /** Per feature, fitted on the training rows: mean and population standard deviation. */
  means: number[];
  sds: number[];
  /** Share of the (training) variance each component explains, largest first; sums to 1. */
  explained: number[];
  /** Per component, the weight of each feature (unit length; the sign is arbitrary). */
  loadings: number[][];
  /** Every row projected on the first two components. */
  scores: { split: string; pc1: number; pc2: number }[];
  trainRows: number;
}

/** Why a fit is impossible, in words, or null. */
export function pcaProblem(rows: readonly PcaRow[], features: number): string | null {
  const train = rows.filter((r) => r.split === 'train');
  if (features < 2) return 'PCA needs at least two numeric feature columns.';
  if (train.length <= features) return `PCA needs more training rows (${train.length}) than features (${features}).`;
  if (rows.some((r) => r.values.length !== features || r.values.some((v) => !Number.isFinite(v)))) return 'Every feature value must be a number (impute missing values first).';
  return null;
}

/** Standardize with training statistics, fit PCA on the training rows, project all rows. */
export function fitPca(rows: readonly PcaRow[]): PcaResult {
  const features = rows[0]?.values.length ?? 0;
  const problem = pcaProblem(rows, features);
  if (problem) throw new Error(problem);
  const train = rows.filter((r) => r.split === 'train');
  const means = Array.from({ length: features }, (_, j) => train.reduce((s, r) => s + r.values[j]!, 0) / train.length);
  const sds = means.map((m, j) => Math.sqrt(train.reduce((s, r) => s + (r.values[j]! - m) ** 2, 0) / train.length) || 1);
  const z = (r: PcaRow) => r.values.map((v, j) => (v - means[j]!) / sds[j]!);
  // The training rows are centred by construction; ml-pca must not re-centre or re-scale them.
  const pca = new PCA(train.map(z), { center: false, scale: false });
  const projected = pca.predict(rows.map(z), { nComponents: 2 }).to2DArray();
  const vectors = pca.getEigenvectors().transpose().to2DArray();
  return {
    means,
    sds,
    explained: pca.getExplainedVariance(),
    loadings: vectors,
    scores: rows.map((r, i) => ({ split: r.split, pc1: projected[i]![0]!, pc2: projected[i]![1] ?? 0 })),
    trainRows: train.length,
  };
}

/** The rows of a query result as PCA rows (split column and feature columns by name). Throws what is missing. */
export function pcaRowsOf(result: ResultSet, split: string, features: readonly string[]): PcaRow[] {
  const names = result.columns.map((c) => c.name);
  const missing = [split, ...features].filter((n) => !names.includes(n));
  if (missing.length) throw new Error(`the query has no column ${missing.join(', ')}`);
  const s = names.indexOf(split);
  const cols = features.map((f) => names.indexOf(f));
  const rows = result.rows.map((r) => ({ split: String(r[s]), values: cols.map((c) => (r[c] === null ? Number.NaN : Number(r[c]))) }));
  const problem = pcaProblem(rows, cols.length);
  if (problem) throw new Error(problem);
  return rows;
}
