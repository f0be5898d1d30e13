import { describe, expect, it } from 'vitest';
import { castSelectList, csvReadSql, isOfferedType, orderColumns, quoteIdent, sqlString, suggestTableName, tableNameProblem } from './importSql';

describe('quoting', () => {
  it('quotes identifiers and strings', () => {
    expect(quoteIdent('we"ird')).toBe('"we""ird"');
    expect(sqlString("O'Brien")).toBe("'O''Brien'");
  });
});

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

describe('csvReadSql', () => {
  it('detects with a fixed dialect', () => {
    expect(csvReadSql('import/1/a.csv', { delimiter: ';', header: true }))
      .toBe(`read_csv('import/1/a.csv', delim=';', quote='"', escape='"', header=true)`);
  });
  it('loads with explicit columns and formats', () => {
    expect(csvReadSql('a.csv', { delimiter: ',', header: true, dateFormat: '%d/%m/%Y' }, [{ name: 'id', type: 'INTEGER' }, { name: "it's", type: 'DATE' }]))
      .toBe(`read_csv('a.csv', delim=',', quote='"', escape='"', header=true, auto_detect=false, columns={'id': 'INTEGER', 'it''s': 'DATE'}, dateformat='%d/%m/%Y')`);
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
