import { describe, expect, it } from 'vitest';
import { checkFile, extensionOf, firstBinaryByte, type FileCheck } from './fileKind';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);

describe('checkFile', () => {
  it.each<[string, Uint8Array, FileCheck]>([
    ['a.csv', enc('a,b\n1,2\n'), { ok: true, kind: 'csv' }],
    ['a.json', enc('[{"a":1}]'), { ok: true, kind: 'json' }],
    ['a.ndjson', enc('{"a":1}\n'), { ok: true, kind: 'json' }],
    ['data', enc(' [{"a":1}]'), { ok: true, kind: 'json' }],
    ['data', enc('a;b\n'), { ok: true, kind: 'csv' }],
    ['x.parquet', new Uint8Array([0x50, 0x41, 0x52, 0x31, 0, 0]), { ok: true, kind: 'parquet' }],
    ['x.parquet', enc('a,b'), { ok: false, kind: 'parquet', reason: 'The file is named .parquet but does not start with the Parquet marker "PAR1".' }],
    ['e.csv', new Uint8Array(0), { ok: false, kind: 'csv', reason: 'The file is empty.' }],
    ['e.json', enc(' \n\n'), { ok: false, kind: 'json', reason: 'The file is empty.' }],
    ['g.csv', new Uint8Array([0x61, 0x0a, 0x62, 0x00, 0x01]), { ok: false, kind: 'csv', reason: 'Line 2: byte 4 is 0x00, which never appears in a text file; this looks like a binary file, not CSV text.' }],
  ])('%s', (name, bytes, expected) => {
    expect(checkFile(name, bytes)).toEqual(expected);
  });
  it('recognises a DuckDB database file', () => {
    const bytes = new Uint8Array(16);
    bytes.set(enc('DUCK'), 8);
    expect(checkFile('x.duckdb', bytes).ok).toBe(false);
    expect(checkFile('x.duckdb', bytes).kind).toBe('duckdb');
  });
});

describe('helpers', () => {
  it.each([['a.CSV', 'csv'], ['dir/x.tar.gz', 'gz'], ['.hidden', ''], ['noext', '']])('extensionOf(%s)', (n, e) => {
    expect(extensionOf(n)).toBe(e);
  });
  it('firstBinaryByte ignores tabs and CRLF', () => {
    expect(firstBinaryByte(enc('a\tb\r\n'))).toBe(-1);
    expect(firstBinaryByte(new Uint8Array([0x41, 0x07]))).toBe(1);
  });
});
