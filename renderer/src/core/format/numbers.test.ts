import { describe, expect, it } from 'vitest';
import { formatBytes, formatBytesSi, formatCount, formatMs, formatSeconds, formatShare } from './numbers';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [560, '560 B'],
    [1023, '1023 B'],
    [1536, '1.50 KiB'],
    [262144, '256 KiB'],
    [5 * 1024 * 1024 + 300 * 1024, '5.29 MiB'],
    [null, '—'],
    [Number.NaN, '—'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));

  // The plan view used powers of 1000 ("5.4 MB") where Compare used powers of 1024 ("5.15 MiB")
  // for the same bytes. One convention now, DuckDB's own: its format_bytes and memory_limit say KiB.
  it.each([
    [4440, '4.34 KiB'],
    [5_400_000, '5.15 MiB'],
  ])('the plan view and Compare both show %d bytes as %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('formatMs', () => {
  it.each([
    [0, '0.00 ms'],
    [0.004, '<0.01 ms'],
    [0.1234, '0.12 ms'],
    [3, '3.00 ms'],
    [12.34, '12.3 ms'],
    [456.7, '457 ms'],
    [999.4, '999 ms'],
    [1000, '1.00 s'],
    [12_345, '12.35 s'],
    [Number.POSITIVE_INFINITY, '—'],
    [undefined, '—'],
  ])('%d → %s', (n, s) => expect(formatMs(n)).toBe(s));

  // Compare wrote 1234.5 ms as "1,235 ms", the result line as "1.23 s": one rule now.
  it('writes a time over a second in seconds on every screen', () => expect(formatMs(1234.5)).toBe('1.23 s'));
});

describe('formatSeconds', () => {
  it.each([
    [null, '—'], [0, '0.00 ms'], [0.000004, '<0.01 ms'], [0.00042, '0.42 ms'], [0.0123, '12.3 ms'], [0.4567, '457 ms'], [1.25, '1.25 s'],
  ] as const)('%s s → %s', (s, out) => expect(formatSeconds(s)).toBe(out));
});

describe('formatCount / formatShare', () => {
  it.each([[null, '—'], [0, '0'], [999, '999'], [150000, '150,000'], [1234567, '1,234,567']] as const)(
    'formatCount(%s) = %s', (r, out) => expect(formatCount(r)).toBe(out));
  it.each([[null, '—'], [0, '0%'], [0.004, '<1%'], [0.633, '63%'], [1, '100%']] as const)(
    'formatShare(%s) = %s', (s, out) => expect(formatShare(s)).toBe(out));
});

describe('formatBytesSi (log-axis ticks only)', () => {
  it.each([
    [100, '100 B'],
    [100000, '100 kB'],
    [1e6, '1 MB'],
    [12345678, '12.3 MB'],
  ])('%d → %s', (n, s) => expect(formatBytesSi(n)).toBe(s));
});
