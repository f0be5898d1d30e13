import { describe, expect, it } from 'vitest';
import { countOutsideQuotes, firstLine, guessDelimiter, splitCsvLine } from './csvDialect';

describe('guessDelimiter', () => {
  it.each([
    ['id,name,price', ','],
    ['id;name;price', ';'],
    ['id\tname', '\t'],
    ['a|b|c', '|'],
    ['"a,b";c', ';'],
    ['single', ','],
    ['a,b;c;d', ';'],
  ])('%j → %j', (line, d) => {
    expect(guessDelimiter(line)).toBe(d);
  });
});

describe('splitCsvLine', () => {
  it.each([
    ['a,b,c', ',', ['a', 'b', 'c']],
    ['"a,b",c', ',', ['a,b', 'c']],
    ['"say ""hi""",x', ',', ['say "hi"', 'x']],
    ['', ',', ['']],
  ])('%j', (line, d, fields) => {
    expect(splitCsvLine(line, d)).toEqual(fields);
  });
});

describe('firstLine / countOutsideQuotes', () => {
  it('strips BOM and CRLF', () => {
    expect(firstLine('\uFEFFa,b\r\n1,2')).toBe('a,b');
  });
  it('counts outside quotes only', () => {
    expect(countOutsideQuotes('"a,b",c', ',')).toBe(1);
  });
});
