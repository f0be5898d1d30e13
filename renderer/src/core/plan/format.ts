/** Number formatting for plans: short, stable, projector-friendly. */

/** Seconds → "0.42 ms", "12.3 ms", "1.25 s". */
export function formatTime(seconds: number | null): string {
  if (seconds === null) return '—';
  const ms = seconds * 1000;
  if (ms > 0 && ms < 0.01) return '<0.01 ms';
  if (ms < 1) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Rows with thousands separators: 150000 → "150,000". */
export function formatRows(rows: number | null): string {
  if (rows === null) return '—';
  return Math.round(rows).toString().replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** Bytes → "560 B", "5.4 MB" (powers of 1000, like DuckDB's own size output). */
export function formatBytes(bytes: number | null): string {
  if (bytes === null) return '—';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return u === 0 ? `${v} B` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[u]}`;
}

/** Share 0..1 → "42%" ("<1%" for small non-zero shares). */
export function formatShare(share: number | null): string {
  if (share === null) return '—';
  if (share > 0 && share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}
