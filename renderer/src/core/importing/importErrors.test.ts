import { describe, expect, it } from 'vitest';
import { explainImportError, formatProblem, type ImportProblem } from './importErrors';

// Real messages from DuckDB-Wasm 1.32 (DuckDB v1.4.3), trimmed after the part that matters.
const CASES: Array<[string, string, ImportProblem]> = [
  ['ragged row',
    'Invalid Input Error: CSV Error on Line: 3\nOriginal Line: 2,bar,extra\nExpected Number of Columns: 2 Found: 3\nPossible fixes:\n* Disable the parser\'s strict mode (strict_mode=false) to allow reading rows that do not comply with the CSV standard.\n',
    { line: 3, reason: 'expected 2 columns, found 3', originalLine: '2,bar,extra' }],
  ['unterminated quote',
    'Invalid Input Error: CSV Error on Line: 3\nOriginal Line: 2,"bar\n3,baz\n\nValue with unterminated quote found.\n\nPossible fixes:\n* Disable the parser\'s strict mode',
    { line: 3, reason: 'a quoted value is never closed (unterminated quote)', originalLine: '2,"bar\n3,baz' }],
  ['unterminated quote, CRLF',
    'Invalid Input Error: CSV Error on Line: 3\nOriginal Line: \n3,"x\r\n\nValue with unterminated quote found.\n\nPossible fixes:',
    { line: 3, reason: 'a quoted value is never closed (unterminated quote)', originalLine: '3,"x' }],
  ['conversion in CSV',
    'Conversion Error: CSV Error on Line: 4\nOriginal Line: abc,baz,2020-12-22\nError when converting column "id". Could not convert string "abc" to \'INTEGER\'\n\nColumn id is being converted as type INTEGER\n',
    { line: 4, reason: 'column "id": "abc" is not a valid INTEGER', originalLine: 'abc,baz,2020-12-22' }],
  ['sniffer gave up',
    'Invalid Input Error: Error when sniffing file "g.csv".\nIt was not possible to automatically detect the CSV parsing dialect\nThe search space used was:\n',
    { reason: 'DuckDB could not work out how the file is laid out (delimiter, quotes, header); it may not be CSV text' }],
  ['parquet extension missing',
    'Catalog Error: Table Function with name "read_parquet" is not in the catalog, but it exists in the parquet extension.\n\nPlease try installing and loading the parquet extension by running:\nINSTALL parquet;',
    { reason: "read_parquet needs DuckDB's parquet extension, which is not bundled with this offline build (it would have to be downloaded)" }],
  ['json: no columns (wrapped)',
    '{"exception_type":"Invalid Input","exception_message":"Provided table/dataframe must have at least one column"}',
    { reason: 'no records found: the JSON must hold objects (an array of objects, or one object per line)' }],
  ['json: mixed types',
    '{"exception_type":"Invalid Input","exception_message":"Failed to create table \'j_mixed\': arrow_scan: get_next failed(): Invalid: Invalid field \'a\'. Expected signed int or null, got string"}',
    { reason: 'field "a" holds values of different types (expected signed int or null, got string)' }],
  ['json: stray comma', 'Missing a name for object member.',
    { reason: 'an object has a member without a quoted name (a stray comma?)' }],
  ['json: truncated', "Missing a comma or '}' after an object member.",
    { reason: "an object is not closed: a comma or '}' is missing" }],
  ['json: empty', 'The document is empty.', { reason: 'the file holds no JSON value' }],
  ['table exists', 'Catalog Error: Table with name "t" already exists!',
    { reason: 'a table named "t" already exists; choose another name' }],
  ['cast', "Conversion Error: Could not convert string 'x' to INT32\n\nLINE 1: SELECT CAST('x' AS INTEGER)\n               ^",
    { reason: '"x" cannot be converted to INT32' }],
  ['timestamp cast', 'Conversion Error: invalid timestamp field format: "x", expected format is (YYYY-MM-DD HH:MM:SS[.US][±HH[:MM[:SS]]| ZONE])\n\nLINE 1:',
    { reason: '"x" is not a valid timestamp (expected YYYY-MM-DD HH:MM:SS[.US][±HH[:MM[:SS]]| ZONE])' }],
  ['date cast', 'Conversion Error: invalid date field format: "x", expected format is (YYYY-MM-DD)\n\nLINE 1:',
    { reason: '"x" is not a valid date (expected YYYY-MM-DD)' }],
  ['anything else', 'Binder Error: something odd\nmore', { reason: 'something odd' }],
];

describe('explainImportError', () => {
  it.each(CASES)('%s', (_label, message, expected) => {
    expect(explainImportError(message)).toEqual(expected);
  });
});

describe('formatProblem', () => {
  it('names the file and line and quotes the line', () => {
    expect(formatProblem('b.csv', { line: 3, reason: 'expected 2 columns, found 3', originalLine: '2,bar,extra' }))
      .toBe('b.csv, line 3: expected 2 columns, found 3 — `2,bar,extra`');
  });
  it('without a line', () => {
    expect(formatProblem('x.json', { reason: 'the file holds no JSON value' })).toBe('x.json: the file holds no JSON value');
  });
});
