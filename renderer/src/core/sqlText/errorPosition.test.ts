import { describe, expect, it } from 'vitest';
import { errorPosition, renderWidth } from './errorPosition';

/**
 * Real DuckDB v1.4.3 (DuckDB-Wasm 1.32) messages, captured from the engine, with the offset of
 * the token each one points at. Covers long lines shown as a window (`...` before and/or
 * after), tabs (0 wide), accents (1 wide), CJK (2 wide), a second line, messages with tabs in
 * their body, and messages without a position.
 */
const CASES: [sql: string, message: string, expected: number | undefined][] = [
  [
    "select a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16, a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32, a33, a34, a35, a36, a37, a38, a39 from (select 1 a0)",
    "Binder Error: Referenced column \"a1\" not found in FROM clause!\nCandidate bindings: \"a0\"\n\nLINE 1: select a0, a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13,...\n                   ^",
    11,
  ],
  [
    "select 0 as a0, 1 as a1, 2 as a2, 3 as a3, 4 as a4, 5 as a5, 6 as a6, 7 as a7, 8 as a8, 9 as a9, 10 as a10, 11 as a11, 12 as a12, 13 as a13, 14 as a14, 15 as a15, 16 as a16, 17 as a17, 18 as a18, 19 as a19, 20 as a20, 21 as a21, 22 as a22, 23 as a23, 24 as a24, 25 as a25, 26 as a26, 27 as a27, 28 as a28, 29 as a29, 30 as a30, 31 as a31, 32 as a32, 33 as a33, 34 as a34, 35 as a35, 36 as a36, 37 as a37, 38 as a38, 39 as a39, zz from (select 1 a0)",
    "Binder Error: Referenced column \"zz\" not found in FROM clause!\nCandidate bindings: \"a0\"\n\nLINE 1: ... a34, 35 as a35, 36 as a36, 37 as a37, 38 as a38, 39 as a39, zz from (select 1 a0)\n                                                                        ^",
    427,
  ],
  [
    "select 1 from t_missing_long_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx where 1=1",
    "Catalog Error: Table with name t_missing_long_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx does not exist!\nDid you mean \"pg_settings\"?\n\nLINE 1: select 1 from t_missing_long_name_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx...\n                      ^",
    14,
  ],
  [
    "select\n\t1,\n\tnope from (select 1)",
    "Binder Error: Referenced column \"nope\" not found in FROM clause!\nCandidate bindings: \"1\"\n\nLINE 3: \tnope from (select 1)\n        ^",
    12,
  ],
  [
    "select 'é' as x, nope",
    "Binder Error: Referenced column \"nope\" was not found because the FROM clause is missing\n\nLINE 1: select 'é' as x, nope\n                         ^",
    17,
  ],
  [
    "select '日本語' as x, nope",
    "Binder Error: Referenced column \"nope\" was not found because the FROM clause is missing\n\nLINE 1: select '日本語' as x, nope\n                              ^",
    19,
  ],
  [
    "SELECT a FROM (select 1 b)\n WHERE x = 1",
    "Binder Error: Referenced column \"x\" not found in FROM clause!\nCandidate bindings: \"b\"\n\nLINE 2:  WHERE x = 1\n               ^",
    34,
  ],
  [
    "select 'abc' + 1",
    "Binder Error: Could not choose a best candidate function for the function call \"+(STRING_LITERAL, INTEGER_LITERAL)\". In order to select one, please add explicit type casts.\n\tCandidate functions:\n\t+(DATE, INTEGER) -> DATE\n\t+(INTEGER, INTEGER) -> INTEGER\n\n\nLINE 1: select 'abc' + 1\n                     ^",
    13,
  ],
  [
    "SELECT 1 +",
    "Parser Error: syntax error at end of input",
    undefined,
  ],
  [
    "select a from (select 1 a) group by all having nope > 1",
    "Binder Error: Referenced column \"nope\" not found in FROM clause!\nCandidate bindings: \"a\"\n\nLINE 1: select a from (select 1 a) group by all having nope > 1\n                                                       ^",
    47,
  ],
  [
    "select 1 +* 2",
    "Catalog Error: Scalar Function with name +* does not exist!\nDid you mean \"+\"?\n\nLINE 1: select 1 +* 2\n                 ^",
    9,
  ],
  [
    "SELECT * FROM orders o JOIN customers c ON o.customer_id = c.id",
    "Catalog Error: Table with name orders does not exist!\nDid you mean \"pg_prepared_statements\"?\n\nLINE 1: SELECT * FROM orders o JOIN customers c ON o.customer_id = c.id\n                      ^",
    14,
  ],
  [
    "select sum(x) from (select 1 x) group by y",
    "Binder Error: Referenced column \"y\" not found in FROM clause!\nCandidate bindings: \"x\"\n\nLINE 1: select sum(x) from (select 1 x) group by y\n                                                 ^",
    41, // the final y, not the one in "by"
  ],
  [
    "SELECT * FROM read_json('x.json')",
    "Catalog Error: Table Function with name \"read_json\" is not in the catalog, but it exists in the json extension.\n\nPlease try installing and loading the json extension by running:\nINSTALL json;\nLOAD json;\n\nAlternatively, consider enabling auto-install and auto-load by running:\nSET autoinstall_known_extensions=1;\nSET autoload_known_extensions=1;",
    undefined,
  ],
];

describe('errorPosition', () => {
  it.each(CASES)('%#: points into %j', (sql, message, expected) => {
    expect(errorPosition(message, sql)).toBe(expected);
  });

  it('gives up rather than guess when the message does not match the SQL', () => {
    expect(errorPosition('Binder Error: x\n\nLINE 4: select nope\n               ^', 'select nope')).toBeUndefined();
    expect(errorPosition('Binder Error: x\n\nLINE 1: ...something else entirely\n           ^', 'select 1')).toBeUndefined();
  });
});

describe('renderWidth', () => {
  it.each([
    ['a', 1], ['é', 1], ['\t', 0], ['日', 2], ['\u0301', 0], ['😀', 2],
  ])('%j is %i wide', (ch, width) => {
    expect(renderWidth(ch)).toBe(width);
  });
});
