import { describe, expect, it } from 'vitest';
import { formatBytes, formatBytesSi, formatCount, formatMs } from './format';
import { toCsv } from './csv';

describe('formatBytes', () => {
  it.each([
    [0, '0 B'],
    [1023, '1023 B'],
    [1536, '1.50 KiB'],
    [262144, '256 KiB'],
    [5 * 1024 * 1024 + 300 * 1024, '5.29 MiB'],
    [Number.NaN, '—'],
  ])('%d → %s', (n, s) => expect(formatBytes(n)).toBe(s));
});

describe('formatMs / formatCount', () => {
  it.each([
    [0.1234, '0.12 ms'],
    [12.34, '12.3 ms'],
    [1234.5, '1,235 ms'],
  ])('%d → %s', (n, s) => expect(formatMs(n)).toBe(s));
  it('groups thousands', () => expect(formatCount(1234567)).toBe('1,234,567'));
});

describe('toCsv', () => {
  it('quotes only when needed and ends with CRLF', () => {
    expect(toCsv(['style', 'note'], [['nf1', 'a, b'], ['vault', 'say "hi"'], ['obt', null], ['star', 3]])).toBe(
      'style,note\r\nnf1,"a, b"\r\nvault,"say ""hi"""\r\nobt,\r\nstar,3\r\n',
    );
  });
});

describe('formatBytesSi', () => {
  it.each([
    [100, '100 B'],
    [100000, '100 kB'],
    [1e6, '1 MB'],
    [12345678, '12.3 MB'],
  ])('%d → %s', (n, s) => expect(formatBytesSi(n)).toBe(s));
});
