import { describe, expect, it } from 'vitest';
import { detectDialect, guessDecimalMark, headerNames, looksLikeUnitsRow, scanRecords, splitRecord, type Dialect } from './csvDialect';

const d = (delimiter: string, quote = '"', escape = quote): Pick<Dialect, 'delimiter' | 'quote' | 'escape'> => ({ delimiter, quote, escape });

describe('detectDialect', () => {
  it.each<[string, string, Partial<Dialect>]>([
    ['comma', 'id,name,price\n1,a,2\n2,b,3\n', { delimiter: ',', quote: '"', skip: 0 }],
    ['semicolon with commas in values', 'a;b\n"1,5";x\n2;y\n', { delimiter: ';' }],
    ['tab', 'a\tb\n1\t2\n', { delimiter: '\t' }],
    ['pipe', 'a|b|c\n1|2|3\n', { delimiter: '|' }],
    ['space', 'id name v\n1 a 1\n2 b 2\n3 c 3\n', { delimiter: ' ' }],
    ['single quotes', "id,t\n1,'a,b'\n2,'c,d'\n3,e\n", { delimiter: ',', quote: "'" }],
    ['backslash escape', 'id,t\n1,"say \\"hi\\", ok"\n2,x\n', { escape: '\\' }],
    ['a preamble', 'Sales export\n\nid,t,v\n1,a,2\n2,b,3\n', { skip: 2 }],
    ['a bad row below the header is no preamble', 'id,t,v\n1,a,2,x\n2,b,3\n3,c,4\n', { skip: 0 }],
    ['one bad row does not change the delimiter', 'id,name,v\n1,a,1\n2,b,2,extra\n3,c\n4,"d,x",4\n', { delimiter: ',', quote: '"' }],
  ])('%s', (_label, text, expected) => {
    expect(detectDialect(text)).toMatchObject(expected);
  });
});

describe('scanRecords', () => {
  it('counts fields and lines, quoted line breaks included', () => {
    const r = scanRecords('a,b\n1,"x\ny"\n2,z,extra\n3\n', d(','));
    expect(r.map((x) => [x.line, x.lines, x.fields, x.unterminated])).toEqual([[1, 1, 2, false], [2, 2, 2, false], [4, 1, 3, false], [5, 1, 1, false]]);
  });
  it('marks a quote never closed', () => {
    expect(scanRecords('a,b\n1,"open\n2,x\n', d(','))[1]).toMatchObject({ line: 2, unterminated: true });
  });
});

describe('splitRecord', () => {
  it.each<[string, Pick<Dialect, 'delimiter' | 'quote' | 'escape'>, string[]]>([
    ['a,b,c', d(','), ['a', 'b', 'c']],
    ['"a,b",c', d(','), ['a,b', 'c']],
    ['"say ""hi""",x', d(','), ['say "hi"', 'x']],
    ['"say \\"hi\\"",x', d(',', '"', '\\'), ['say "hi"', 'x']],
    ["'a;b';c", d(';', "'"), ['a;b', 'c']],
    ['ab"c,d', d(','), ['ab"c', 'd']],
    ['', d(','), ['']],
  ])('%j', (text, dialect, fields) => {
    expect(splitRecord(text, dialect)).toEqual(fields);
  });
});

describe('headerNames', () => {
  it('takes the first non-blank value per column and makes names unique', () => {
    expect(headerNames([['id', 'Name', '', 'name'], ['', '', 'EUR', '']], 5)).toEqual(['id', 'Name', 'EUR', 'name_2', 'column5']);
  });
});

describe('looksLikeUnitsRow', () => {
  const below = [['1', 'Ada', '2.50', '2024-01-02'], ['2', 'Bo', '3', '2024-02-03']];
  it.each<[string[], boolean]>([
    [['', '', 'EUR', 'yyyy-mm-dd'], true],
    [['3', 'Cy', '4.5', '2024-03-04'], false],
    [['', 'name', '', ''], false],
    [['x', '', 'EUR', '2024-01-01'], false],
  ])('%j → %s', (first, expected) => {
    expect(looksLikeUnitsRow(first, below)).toBe(expected);
  });
});

describe('guessDecimalMark', () => {
  it.each([
    ['decimal commas, thousands dots', [['1.234,56', '0,5'], ['12,00', '']], ';', ','],
    ['decimal points', [['1234.56', '0.5']], ';', '.'],
    ['a decimal point anywhere wins', [['0,5', '3.14']], ';', '.'],
    ['thousands groups alone say nothing', [['1.234', '12']], ';', '.'],
    ['no numbers', [['Ada', 'Niort']], '\t', '.'],
    ['a comma-delimited file keeps the point', [['1,5']], ',', '.'],
  ])('%s', (_name, rows, delimiter, mark) => {
    expect(guessDecimalMark(rows, delimiter)).toBe(mark);
  });
});
