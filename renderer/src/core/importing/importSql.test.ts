import { describe, expect, it } from 'vitest';
import { castExpr, castSelectList, csvStageReadSql, isOfferedType, orderColumns, suggestTableName, tableNameProblem } from './importSql';

describe('suggestTableName', () => {
  it.each([
    ['Sales Orders (2024).csv', [], 'sales_orders_2024'],
    ['2024.csv', [], 't_2024'],
    ['users.json', ['users'], 'users_2'],
    ['users.json', ['USERS', 'users_2'], 'users_3'],
    ['...csv', [], 'imported'],
  ] as const)('%s', (file, taken, name) => {
    expect(suggestTableName(file, taken)).toBe(name);
  });
});

describe('tableNameProblem', () => {
  it.each([
    ['ok_name', [], null],
    ['', [], 'Give the table a name.'],
    ['1abc', [], 'Use letters, digits and underscores, starting with a letter or underscore.'],
    ['a;drop', [], 'Use letters, digits and underscores, starting with a letter or underscore.'],
    ['Users', ['users'], 'A table named "Users" already exists; choose another name.'],
  ] as const)('%j', (name, taken, problem) => {
    expect(tableNameProblem(name, taken)).toBe(problem);
  });
});

describe('csvStageReadSql', () => {
  it('stages every column as text with padding and a rejects table', () => {
    expect(csvStageReadSql('a.csv', { delimiter: ';', quote: "'", escape: '\\', skip: 2, headerRows: 1 }, 2, 'rj'))
      .toBe(`read_csv('a.csv', delim=';', quote='''', escape='\\', skip=3, header=false, auto_detect=false, columns={'c1': 'VARCHAR', 'c2': 'VARCHAR'}, null_padding=true, store_rejects=true, rejects_table='rj', rejects_scan='rj_scan')`);
  });
  it('has no escape without a quote', () => {
    expect(csvStageReadSql('a.csv', { delimiter: ' ', quote: '', escape: '"', skip: 0, headerRows: 0 }, 1, 'r'))
      .toContain(`delim=' ', quote='', escape='', skip=0`);
  });
});

describe('castExpr', () => {
  it.each([
    ['VARCHAR', {}, false, '"c1"'],
    ['BIGINT', {}, false, `CAST(NULLIF(trim("c1"), '') AS BIGINT)`],
    ['DOUBLE', {}, true, `TRY_CAST(NULLIF(trim("c1"), '') AS DOUBLE)`],
    ['DATE', { dateFormat: '%d/%m/%Y' }, true, `CAST(try_strptime(NULLIF(trim("c1"), ''), '%d/%m/%Y') AS DATE)`],
    ['TIMESTAMP', { timestampFormat: '%d.%m.%Y %H:%M' }, false, `strptime(NULLIF(trim("c1"), ''), '%d.%m.%Y %H:%M')`],
    ['DOUBLE', { decimal: ',' as const }, true, `TRY_CAST(replace(replace(NULLIF(trim("c1"), ''), '.', ''), ',', '.') AS DOUBLE)`],
    ['BIGINT', { decimal: ',' as const }, false, `CAST(replace(replace(NULLIF(trim("c1"), ''), '.', ''), ',', '.') AS BIGINT)`],
    ['VARCHAR', { decimal: ',' as const }, false, '"c1"'],
  ])('%s %j', (type, formats, tryCast, sql) => {
    expect(castExpr('c1', type, formats, tryCast)).toBe(sql);
  });
});

describe('castSelectList', () => {
  it('casts only changed columns', () => {
    expect(castSelectList([
      { name: 'id', detectedType: 'BIGINT', type: 'BIGINT' },
      { name: 'since', detectedType: 'VARCHAR', type: 'TIMESTAMP' },
    ])).toBe('"id", CAST("since" AS TIMESTAMP) AS "since"');
  });
});

describe('isOfferedType / orderColumns', () => {
  it('accepts the detected type and common types only', () => {
    expect(isOfferedType('STRUCT(a INTEGER)[]', 'STRUCT(a INTEGER)[]')).toBe(true);
    expect(isOfferedType('DATE', 'VARCHAR')).toBe(true);
    expect(isOfferedType('INTEGER); DROP TABLE x; --', 'VARCHAR')).toBe(false);
  });
  it('orders by the file order', () => {
    expect(orderColumns([{ name: 'a' }, { name: 'b' }, { name: 'z' }], ['z', 'a']).map((c) => c.name)).toEqual(['z', 'a', 'b']);
  });
});
