import { describe, expect, it } from 'vitest';
import { checkContentSql, assertContentSql, ContentSqlRefused } from './contentGate';
import { tokenize } from './tokens';
import { HOSTILE_SQL } from './contentGate.cases';

/** SQL content needs: must pass. */
const ALLOWED_SQL: string[] = [
  'SELECT 1',
  "SELECT 'read_text(''/etc/passwd'')' AS just_text",
  "SELECT 1 -- read_text('/etc/passwd')",
  "/* COPY (SELECT 1) TO '/tmp/x' */ SELECT 2",
  'CREATE TABLE star.dim_date AS SELECT * FROM range(10) r(d)',
  "INSERT INTO t VALUES (1, 'a'), (2, 'b')",
  "UPDATE nf3.users SET place_name = 'Lyon' WHERE user_id = 1",
  "UPDATE denormalized.orders SET items = list_transform(items, lambda li: li) WHERE id IN ('a', 'b')",
  'DELETE FROM t WHERE id = 1',
  'DROP TABLE IF EXISTS scratch',
  'ALTER TABLE t ADD COLUMN c INTEGER',
  "WITH x AS (SELECT 'a' AS k) SELECT * FROM x, (SELECT 'b') AS y(k2)",
  "SELECT * FROM t WHERE d > DATE '2020-01-01' AND s IN ('x.csv', 'y')",
  'EXPLAIN SELECT 1',
  'EXPLAIN ANALYZE SELECT * FROM t',
  'DESCRIBE star.fact_sales',
  'SUMMARIZE star.fact_sales',
  'FROM t SELECT a',
  'BEGIN TRANSACTION; UPDATE t SET a = 1; ROLLBACK',
  "CREATE MACRO add1(x) AS x + 1",
  'SELECT load_date, loaded AS load FROM vault.hub_customer',
  'SELECT $$a;b$$',
  'PIVOT t ON k USING sum(v)',
];

describe('content gate', () => {
  it.each(HOSTILE_SQL)('refuses %s', (_name, sql, reason) => {
    const refusals = checkContentSql(sql);
    expect(refusals.length).toBeGreaterThan(0);
    expect(refusals.map((r) => r.reason).join('\n')).toMatch(reason);
  });

  it.each(ALLOWED_SQL)('allows %s', (sql) => {
    expect(checkContentSql(sql)).toEqual([]);
  });

  it('allows a file reader on a file the studio registered, and nothing else', () => {
    expect(checkContentSql("SELECT * FROM read_csv('studio-files/orders.csv', header = true)", { registered: ['studio-files/orders.csv'] })).toEqual([]);
    expect(checkContentSql("SELECT * FROM 'studio-files/orders.csv'", { registered: ['studio-files/orders.csv'] })).toEqual([]);
    expect(checkContentSql("SELECT * FROM read_csv('studio-files/../etc/passwd')", { registered: ['studio-files/orders.csv'] })).toHaveLength(1);
  });

  it('names the line of each refusal in a script', () => {
    expect(checkContentSql("SELECT 1;\n\n-- then\nATTACH '/x.duckdb';\nSELECT * FROM\n  glob('/*')")).toEqual([
      { line: 4, reason: 'ATTACH opens a database file' },
      { line: 6, reason: 'glob() reads files; content may read only files the studio registered (not "/*")' },
    ]);
  });

  it('throws one error naming the place and every reason', () => {
    expect(() => assertContentSql("LOAD httpfs; SELECT * FROM read_text('/etc/passwd')", 'lessons/x/lesson.md')).toThrow(ContentSqlRefused);
    expect(() => assertContentSql('LOAD httpfs', 'pack.sql')).toThrow(
      'pack.sql: refused by the content sandbox: line 1: LOAD loads extensions',
    );
  });
});

describe('tokenize', () => {
  it('drops comments and keeps literals whole', () => {
    expect(tokenize(`SELECT 'a;b', "X""y", E'c\\'d', $t$e$t$ -- f\n/* g */ 1.5e3`).map((t) => [t.kind, t.value])).toEqual([
      ['word', 'select'], ['string', 'a;b'], ['punct', ','], ['quoted', 'X"y'], ['punct', ','], ['string', "c\\'d"], ['punct', ','], ['string', 'e'], ['number', '1.5e3'],
    ]);
  });
});
