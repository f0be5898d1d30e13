/**
 * Score a loaded table against its clean original: cells equal to the original over all cells
 * (the larger of the original's and the loaded table's non-empty cells), 0–10. Rows are paired
 * in order by a longest-common-subsequence on row similarity, so one row set aside does not
 * shift every later row out of its pair.
 */

/** The score of one file. */
export interface TableScore {
  /** Cells equal to the original (header names included). */
  matched: number;
  /** max(cells of the original, non-empty cells loaded). */
  total: number;
  /** 10 × matched / total. */
  score: number;
  /** Loaded rows paired with an original row but differing from it in some cell. */
  changedRows: number;
}

/** Values compare as numbers when both are numbers (1.50 = 1.5), else as trimmed text. */
export function sameCell(a: string | null | undefined, b: string | null | undefined): boolean {
  const x = (a ?? '').trim();
  const y = (b ?? '').trim();
  if (x === y) return true;
  if (x !== '' && y !== '' && !Number.isNaN(Number(x)) && !Number.isNaN(Number(y))) return Number(x) === Number(y);
  return false;
}

function equalCells(a: readonly (string | null)[], b: readonly string[]): number {
  let n = 0;
  for (let i = 0; i < b.length; i++) if (sameCell(a[i], b[i]) && (b[i] ?? '') !== '') n++;
  return n;
}

/** Score `loaded` (header + rows, values as text or null) against `clean` (header + rows). */
export function scoreTable(clean: readonly string[][], loaded: readonly (string | null)[][]): TableScore {
  const cleanCells = clean.reduce((s, r) => s + r.filter((v) => v !== '').length, 0);
  const loadedCells = loaded.reduce((s, r) => s + r.filter((v) => v !== null && v !== '').length, 0);
  const total = Math.max(cleanCells, loadedCells);
  const header = equalCells(loaded[0] ?? [], clean[0] ?? []);
  const a = loaded.slice(1);
  const b = clean.slice(1);
  // LCS over rows, weighted by equal cells: best[i][j] for a[i:], b[j:].
  const best: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      const pair = equalCells(a[i]!, b[j]!);
      best[i]![j] = Math.max(best[i + 1]![j]!, best[i]![j + 1]!, pair > 0 ? pair + best[i + 1]![j + 1]! : 0);
    }
  }
  let changedRows = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length;) {
    const pair = equalCells(a[i]!, b[j]!);
    if (pair > 0 && best[i]![j] === pair + best[i + 1]![j + 1]!) {
      const width = Math.max(b[j]!.filter((v) => v !== '').length, a[i]!.filter((v) => v !== null && v !== '').length);
      if (pair < width) changedRows++;
      i++; j++;
    } else if (best[i + 1]![j]! >= best[i]![j + 1]!) i++;
    else j++;
  }
  const matched = header + (best[0]?.[0] ?? 0);
  return { matched, total, score: total === 0 ? 10 : (10 * matched) / total, changedRows };
}
