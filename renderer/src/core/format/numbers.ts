/**
 * The studio's number formats, one of each, so the same figure reads the same on every screen:
 * times in ms (seconds from 1 s on), bytes in powers of 1024 (KiB, MiB: DuckDB's own units for
 * `memory_limit` and `format_bytes`), counts with thousands separators. A missing or non-finite
 * value is a dash.
 */

const BINARY_UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];

function missing(n: number | null | undefined): n is null | undefined {
  return n === null || n === undefined || !Number.isFinite(n);
}

/** 1536 → "1.50 KiB", 262144 → "256 KiB"; below 1 KiB the exact byte count ("560 B"). */
export function formatBytes(bytes: number | null | undefined): string {
  if (missing(bytes)) return '—';
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1024 && unit < BINARY_UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (unit === 0) return `${Math.round(value)} B`;
  return `${value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)} ${BINARY_UNITS[unit]}`;
}

/**
 * Decimal byte sizes, only for the ticks of a log axis, which fall on powers of ten: 1e6 → "1 MB".
 * In binary units those ticks would read "977 KiB"; every other byte figure uses `formatBytes`.
 */
export function formatBytesSi(bytes: number): string {
  if (missing(bytes)) return '—';
  const units = ['B', 'kB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (Math.abs(value) >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  return `${Number(value.toPrecision(3))} ${units[unit]}`;
}

/**
 * Milliseconds with three significant digits at most: 0.004 → "<0.01 ms", 0.123 → "0.12 ms",
 * 12.34 → "12.3 ms", 456.7 → "457 ms", 1234 → "1.23 s".
 */
export function formatMs(ms: number | null | undefined): string {
  if (missing(ms)) return '—';
  if (ms > 0 && ms < 0.01) return '<0.01 ms';
  if (ms < 10) return `${ms.toFixed(2)} ms`;
  if (ms < 100) return `${ms.toFixed(1)} ms`;
  if (ms < 1000) return `${Math.round(ms)} ms`;
  return `${(ms / 1000).toFixed(2)} s`;
}

/** Seconds (as DuckDB's profiler gives them) in the same words as `formatMs`: 0.0123 → "12.3 ms". */
export function formatSeconds(seconds: number | null | undefined): string {
  return missing(seconds) ? '—' : formatMs(seconds * 1000);
}

/** A whole number with thousands separators: 1234567 → "1,234,567". */
export function formatCount(n: number | null | undefined): string {
  return missing(n) ? '—' : Math.round(n).toLocaleString('en-US');
}

/** A share 0..1 → "42%" ("<1%" for small non-zero shares). */
export function formatShare(share: number | null | undefined): string {
  if (missing(share)) return '—';
  if (share > 0 && share < 0.01) return '<1%';
  return `${Math.round(share * 100)}%`;
}
