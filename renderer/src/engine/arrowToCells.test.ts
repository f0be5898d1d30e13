import { describe, expect, it } from 'vitest';
import { bigintCell, blobCell, decimalCell, shortestFloat32 } from './arrowToCells';

describe('bigintCell', () => {
  it.each([
    [0n, 0], [-5n, -5], [9007199254740991n, 9007199254740991], [9007199254740992n, '9007199254740992'],
    [-9007199254740992n, '-9007199254740992'], [18446744073709551615n, '18446744073709551615'],
  ])('%s → %j', (v, cell) => {
    expect(bigintCell(v)).toBe(cell);
  });
});

describe('decimalCell', () => {
  it.each([
    [125n, 2, 1.25], [-5n, 1, -0.5], [5n, 3, 0.005], [0n, 2, 0], [42n, 0, 42],
    [9007199254740991n, 2, 90071992547409.91],
    [12345678901234567812n, 2, '123456789012345678.12'], [-12345678901234567890123n, 3, '-12345678901234567890.123'],
  ])('%s with scale %i → %j', (unscaled, scale, cell) => {
    expect(decimalCell(unscaled, scale)).toBe(cell);
  });
});

describe('blobCell and shortestFloat32', () => {
  it('prints bytes as DuckDB does: printable ASCII as is, the rest (and quotes, backslash) as \\xHH', () => {
    expect(blobCell(new Uint8Array([97, 98, 0, 255, 92, 32, 39, 34]))).toBe('ab\\x00\\xFF\\x5C \\x27\\x22');
  });
  it.each([[Math.fround(0.1), 0.1], [1.5, 1.5], [Math.fround(3.4028234e38), 3.4028235e38], [Number.NaN, Number.NaN]])('%f → %f', (v, shortest) => {
    expect(shortestFloat32(v)).toBe(shortest);
  });
});
