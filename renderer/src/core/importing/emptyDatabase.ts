/**
 * The bytes of an empty DuckDB database file (storage header only, 12 KiB), as DuckDB-Wasm 1.32
 * (DuckDB v1.4.3) writes it for `ATTACH 'x.duckdb'` followed by `DETACH`.
 *
 * Why: DuckDB-Wasm cannot read back a file that ATTACH created (duckdb/duckdb-wasm#1987), but it
 * can read a file the page registered itself. So an export registers these bytes under the
 * file's name first; ATTACH then opens and grows that in-memory buffer, and the finished
 * database can be copied out. Mostly zeros, so it is kept as the runs that are not.
 */

/** Size of the file: three 4 KiB headers (main header, then two database headers). */
const SIZE = 12288;

/** [offset, hex bytes] of the non-zero runs, copied from a file DuckDB-Wasm wrote. */
const RUNS: ReadonlyArray<readonly [number, string]> = [
  [0, '67fd9328818d2eb34455434b40'], // checksum, "DUCK" magic, storage version 64
  [52, '76312e342e33'], // "v1.4.3"
  [84, '64316463383866393530'], // source id "d1dc88f950"
  [4096, 'c48025b08a4e3fd2'], // database header 1: checksum
  [4112, 'ffffffffffffffffffffffffffffffff'], // no meta block, no free list
  [4138, '040000000000000800000000000001'], // block count, block size 262144, vector size
  [4180, '64316463383866393530'],
  [8192, 'c48025b08a4e3fd2'], // database header 2: the same
  [8208, 'ffffffffffffffffffffffffffffffff'],
  [8234, '040000000000000800000000000001'],
  [8276, '64316463383866393530'],
];

/** A fresh copy of the empty database file. */
export function emptyDuckdbFile(): Uint8Array {
  const bytes = new Uint8Array(SIZE);
  for (const [offset, hex] of RUNS) {
    for (let i = 0; i < hex.length; i += 2) bytes[offset + i / 2] = parseInt(hex.slice(i, i + 2), 16);
  }
  return bytes;
}
