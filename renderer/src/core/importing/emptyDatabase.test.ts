import { describe, expect, it } from 'vitest';
import { emptyDuckdbFile } from './emptyDatabase';

describe('emptyDuckdbFile', () => {
  it('is a 12 KiB DuckDB header with the magic and version', () => {
    const b = emptyDuckdbFile();
    expect(b.length).toBe(12288);
    const text = new TextDecoder().decode(b);
    expect(text.slice(8, 12)).toBe('DUCK');
    expect(text.slice(52, 58)).toBe('v1.4.3');
    expect(b.subarray(4096, 4104)).toEqual(b.subarray(8192, 8200));
  });
  it('returns a fresh copy each time', () => {
    const a = emptyDuckdbFile();
    a[8] = 0;
    expect(emptyDuckdbFile()[8]).toBe(0x44);
  });
});
