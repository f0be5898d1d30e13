import { describe, expect, it } from 'vitest';
import { blankOut, splitStatements, statementAt } from './statements';

/** Each case: a script and the texts of its statements, in order. */
const SPLITS: [name: string, sql: string, texts: string[]][] = [
  ['one statement without semicolon', 'SELECT 1', ['SELECT 1']],
  ['two statements', 'SELECT 1; SELECT 2;', ['SELECT 1', 'SELECT 2']],
  ['empty script', '', []],
  ['only whitespace, comments and semicolons', ' ;; -- nothing\n/* none; */ ;', []],
  ['semicolon in a string', "SELECT 'a;b'; SELECT 2", ["SELECT 'a;b'", 'SELECT 2']],
  ['doubled quote in a string', "SELECT 'it''s; fine'; SELECT 3", ["SELECT 'it''s; fine'", 'SELECT 3']],
  ['semicolon in a quoted identifier', 'SELECT 1 AS "x;y"; SELECT 2', ['SELECT 1 AS "x;y"', 'SELECT 2']],
  ['escaped quote in an E string', "SELECT E'a\\';b'; SELECT 2", ["SELECT E'a\\';b'", 'SELECT 2']],
  ['backslash is plain in a normal string', "SELECT 'a\\'; SELECT 2", ["SELECT 'a\\'", 'SELECT 2']],
  ['dollar-quoted body', 'CREATE MACRO m() AS $$ 1; 2 $$; SELECT 1', ['CREATE MACRO m() AS $$ 1; 2 $$', 'SELECT 1']],
  ['tagged dollar quote', 'SELECT $t$ a;$$;b $t$; SELECT 2', ['SELECT $t$ a;$$;b $t$', 'SELECT 2']],
  ['positional parameter is not a dollar quote', 'SELECT $1; SELECT 2', ['SELECT $1', 'SELECT 2']],
  ['line comment with a semicolon', 'SELECT 1 -- a; b\n+ 1; SELECT 2', ['SELECT 1 -- a; b\n+ 1', 'SELECT 2']],
  ['comment before a statement is not part of it', '-- heading\nSELECT 1;', ['SELECT 1']],
  ['trailing comment after the last statement', 'SELECT 1; -- done', ['SELECT 1']],
  ['block comment with a semicolon', 'SELECT /* ; */ 1; SELECT 2', ['SELECT /* ; */ 1', 'SELECT 2']],
  ['nested block comment', 'SELECT /* a /* b; */ c; */ 1; SELECT 2', ['SELECT /* a /* b; */ c; */ 1', 'SELECT 2']],
  ['unterminated string runs to the end', "SELECT 'abc; SELECT 2", ["SELECT 'abc; SELECT 2"]],
  ['multi-line statements', 'CREATE TABLE t AS\n  SELECT 1 AS a;\n\nINSERT INTO t\nVALUES (2);', ['CREATE TABLE t AS\n  SELECT 1 AS a', 'INSERT INTO t\nVALUES (2)']],
];

describe('splitStatements', () => {
  it.each(SPLITS)('%s', (_name, sql, texts) => {
    expect(splitStatements(sql).map((s) => s.text)).toEqual(texts);
  });

  it('locates each statement by offsets into the script', () => {
    const sql = '  SELECT 1;\n-- c\nSELECT 2  ';
    expect(splitStatements(sql)).toEqual([
      { text: 'SELECT 1', start: 2, end: 10, terminatorEnd: 11 },
      { text: 'SELECT 2', start: 17, end: 25, terminatorEnd: 25 },
    ]);
    for (const s of splitStatements(sql)) expect(sql.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('statementAt', () => {
  const sql = 'SELECT 1;\nSELECT 2;\n\n-- three\nSELECT 3';
  //           0         10        20 21         32
  it.each([
    [0, 'SELECT 1'],
    [4, 'SELECT 1'],
    [9, 'SELECT 1'], // just after its semicolon
    [10, 'SELECT 2'],
    [19, 'SELECT 2'],
    [20, 'SELECT 2'], // in the blank line after it
    [24, 'SELECT 2'], // in the comment before the next statement
    [30, 'SELECT 3'],
    [sql.length, 'SELECT 3'],
  ])('offset %i is in %j', (offset, text) => {
    expect(statementAt(sql, offset)?.text).toBe(text);
  });

  it('takes the first statement when the cursor is before it, and none in an empty script', () => {
    expect(statementAt('\n\n  SELECT 9', 0)?.text).toBe('SELECT 9');
    expect(statementAt('-- only a comment', 3)).toBeUndefined();
  });
});

describe('blankOut', () => {
  it('keeps offsets and line breaks, and the quotes of literals', () => {
    const sql = "SELECT 'a''b' -- x\n, \"q\" /* c */";
    const out = blankOut(sql);
    expect(out.length).toBe(sql.length);
    expect(out).toBe("SELECT '    '     \n, \" \"        ");
  });

  it('keeps quoted identifiers when asked', () => {
    expect(blankOut('SELECT "a--b" FROM t -- c', { keepIdentifiers: true })).toBe('SELECT "a--b" FROM t     ');
  });

  // Packs (blankOutLiterals) and Compare's join counter (stripSql) had lexers of their own; these
  // are the texts they read differently from DuckDB, and so from the statement splitter.
  it.each([
    ['a nested block comment hides all of itself', 'SELECT 1 /* a /* b */ c.d */ FROM x', 'SELECT 1                     FROM x'],
    ['a dollar-quoted body is a literal', 'SELECT $$ source.t $$ AS s', 'SELECT $            $ AS s'],
    ["an E'…' string escapes a quote with a backslash", "SELECT E'it\\'s source.t' AS s", "SELECT E'              ' AS s"],
    ['a -- inside a quoted identifier is not a comment', 'SELECT "a--b" FROM star.t', 'SELECT "    " FROM star.t'],
  ])('%s', (_name, sql, expected) => {
    expect(blankOut(sql)).toBe(expected);
  });
});
