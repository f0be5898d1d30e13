import { describe, expect, it } from 'vitest';
import { toCsv } from './csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends', () => {
    expect(toCsv([{ name: 'id', type: 'INTEGER' }, { name: 'name', type: 'VARCHAR' }], [[1, 'Ada'], [2, null]])).toBe(
      'id,name\r\n1,Ada\r\n2,\r\n',
    );
  });
  it.each([
    ['a comma', 'a,b', '"a,b"'],
    ['a quote', 'say "hi"', '"say ""hi"""'],
    ['a newline', 'two\nlines', '"two\nlines"'],
    ['leading space', ' x', '" x"'],
    ['the word NULL stays text', 'NULL', 'NULL'],
  ])('quotes %s', (_n, text, expected) => {
    expect(toCsv([{ name: 'v', type: 'VARCHAR' }], [[text]])).toBe(`v\r\n${expected}\r\n`);
  });
  it('writes nested values as JSON', () => {
    expect(toCsv([{ name: 'items', type: 'STRUCT(a INTEGER)[]' }], [[[{ a: 1 }, { a: 2 }]]])).toBe(
      'items\r\n"[{""a"":1},{""a"":2}]"\r\n',
    );
  });
  it('writes only the header for an empty result', () => {
    expect(toCsv([{ name: 'a,b', type: 'INTEGER' }], [])).toBe('"a,b"\r\n');
  });
  it('takes column names as plain text too, and writes numbers, booleans and a missing value', () => {
    expect(toCsv(['style', 'note'], [['nf1', 'a, b'], ['vault', 'say "hi"'], ['obt', null], ['star', 3], [true, undefined]])).toBe(
      'style,note\r\nnf1,"a, b"\r\nvault,"say ""hi"""\r\nobt,\r\nstar,3\r\ntrue,\r\n',
    );
  });
});
