import { describe, expect, it } from 'vitest';
import { columnTestSql, primaryKeySql, tableTests, testsBatchSql } from './testSql';

describe('columnTestSql', () => {
  it('not_null', () => {
    expect(columnTestSql('s.t', 'id', 'not_null')).toEqual({ name: 'not_null(id)', sql: 'SELECT count(*) FROM s.t WHERE "id" IS NULL' });
  });
  it('unique', () => {
    expect(columnTestSql('s.t', 'id', 'unique').sql).toBe('SELECT count(*) FROM (SELECT "id" FROM s.t WHERE "id" IS NOT NULL GROUP BY "id" HAVING count(*) > 1)');
  });
  it('relationships', () => {
    expect(columnTestSql('s.f', 'k', { relationships: { to: 's.d', field: 'key' } })).toEqual({
      name: 'relationships(k → s.d.key)',
      sql: 'SELECT count(*) FROM s.f AS child WHERE child."k" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM s.d AS parent WHERE parent."key" = child."k")',
    });
  });
  it('accepted_values quotes strings', () => {
    expect(columnTestSql('s.t', 'c', { accepted_values: { values: ["O'Hara", 2] } }).sql).toBe(`SELECT count(*) FROM s.t WHERE "c" IS NOT NULL AND "c" NOT IN ('O''Hara', 2)`);
  });
  it('primary key and batch', () => {
    expect(primaryKeySql('s.t', ['a', 'b'])).toBe('SELECT (SELECT count(*) FROM (SELECT "a", "b" FROM s.t GROUP BY "a", "b" HAVING count(*) > 1)) + (SELECT count(*) FROM s.t WHERE "a" IS NULL OR "b" IS NULL)');
    expect(testsBatchSql([{ name: 'n', style: 's', table: 't', file: 'f', sql: 'SELECT 0' }, { name: 'm', style: 's', table: 't', file: 'f', sql: 'SELECT 1' }])).toBe('SELECT 0 AS i, (SELECT 0) AS failures\nUNION ALL\nSELECT 1 AS i, (SELECT 1) AS failures');
  });
});

describe('tableTests', () => {
  const table = (primary_key: string[], tests: ('unique' | 'not_null')[]) => ({
    style: 's', name: 't', qualified: 's.t', file: 'styles/s/t.sql', sql: 'SELECT 1', reads: [],
    model: { name: 't', primary_key, columns: [{ name: 'id', tests }], tests: [], materialized: 'table' as const },
  });
  it.each([
    [['id'], ['unique', 'not_null'] as const, ['unique(id)', 'not_null(id)']],
    [['id'], ['not_null'] as const, ['primary_key(id)', 'not_null(id)']],
    [['id', 'n'], ['unique', 'not_null'] as const, ['primary_key(id, n)', 'unique(id)', 'not_null(id)']],
  ])('key %j with column tests %j', (pk, tests, names) => {
    expect(tableTests(table(pk, [...tests]), 'styles/s/schema.yml').map((t) => t.name)).toEqual(names);
  });
});
