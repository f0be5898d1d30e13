import { describe, expect, it } from 'vitest';
import { mayChangeCatalog, piecesToRun, type EditorInput } from './runPieces';

const text = 'SELECT 1 AS a;\n-- note; not a statement\nSELECT \'x;y\' AS b;\n\nSELECT 3';
// statements start at 0, 40 and 60; the blank line is offset 59
const at = (cursor: number, selectionStart = cursor, selectionEnd = cursor): EditorInput => ({ text, cursor, selectionStart, selectionEnd });

describe('piecesToRun', () => {
  it.each([
    ['the cursor at the start runs the first statement', 0, [{ sql: 'SELECT 1 AS a', offset: 0 }]],
    ['the cursor just after a ";" runs that statement', 14, [{ sql: 'SELECT 1 AS a', offset: 0 }]],
    ['the cursor inside a statement with a quoted ";"', 45, [{ sql: "SELECT 'x;y' AS b", offset: 40 }]],
    ['the cursor on a blank line runs the statement before', 59, [{ sql: "SELECT 'x;y' AS b", offset: 40 }]],
    ['the last statement without ";"', 64, [{ sql: 'SELECT 3', offset: 60 }]],
  ])('%s', (_n, cursor, expected) => {
    expect(piecesToRun(at(cursor), 'statement')).toEqual(expected);
  });
  it('runs every statement with its offset', () => {
    expect(piecesToRun(at(0), 'all')).toEqual([
      { sql: 'SELECT 1 AS a', offset: 0 },
      { sql: "SELECT 'x;y' AS b", offset: 40 },
      { sql: 'SELECT 3', offset: 60 },
    ]);
  });
  it('runs a selection as written, offset into the editor', () => {
    expect(piecesToRun(at(10, 7, 13), 'statement')).toEqual([{ sql: '1 AS a', offset: 7 }]);
  });
  it('runs nothing for blank or comment-only text', () => {
    expect(piecesToRun({ text: '  -- just a note\n', cursor: 3, selectionStart: 3, selectionEnd: 3 }, 'statement')).toEqual([]);
    expect(piecesToRun({ text: '', cursor: 0, selectionStart: 0, selectionEnd: 0 }, 'all')).toEqual([]);
  });
});

describe('mayChangeCatalog', () => {
  it.each([
    ['CREATE TABLE t AS SELECT 1', true],
    ['  drop view v', true],
    ["ATTACH 'x.duckdb' AS x", true],
    ['USE x', true],
    ['SELECT * FROM created', false],
    ['INSERT INTO t VALUES (1)', false],
  ])('%s → %s', (sql, expected) => {
    expect(mayChangeCatalog([{ sql, offset: 0 }])).toBe(expected);
  });
});
