/**
 * dbt-like data tests as SQL: each test is one scalar query returning how many rows fail it
 * (0 = pass). A style's tests run as one statement (`styleTestsSql`) to keep round trips low.
 */
import type { PackTable } from './loadPack';
import type { ColumnTest, ModelTest } from './packSchema';
import { quoteIdent, sqlString } from '../sqlText/quote';

export interface DataTest {
  /** e.g. `unique(order_id)`, `relationships(customer_key → star.dim_customers.customer_key)`. */
  name: string;
  style: string;
  table: string;
  /** The schema.yml the test is declared in. */
  file: string;
  /** A SELECT returning one row, one column: the number of failing rows. */
  sql: string;
  /** `fail` for an expected failure: a test that teaches an anomaly by finding rows. */
  expect?: 'fail';
  /** Why the failure is expected. */
  why?: string;
}


function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return sqlString(value);
  return String(value);
}

/** The SQL counting rows of `table` that fail `test` on `column`. */
export function columnTestSql(table: string, column: string, test: ColumnTest): { name: string; sql: string } {
  const col = quoteIdent(column);
  if (test === 'unique') {
    return { name: `unique(${column})`, sql: `SELECT count(*) FROM (SELECT ${col} FROM ${table} WHERE ${col} IS NOT NULL GROUP BY ${col} HAVING count(*) > 1)` };
  }
  if (test === 'not_null') {
    return { name: `not_null(${column})`, sql: `SELECT count(*) FROM ${table} WHERE ${col} IS NULL` };
  }
  if ('relationships' in test) {
    const { to, field } = test.relationships;
    return {
      name: `relationships(${column} → ${to}.${field})`,
      sql: `SELECT count(*) FROM ${table} AS child WHERE child.${col} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${to} AS parent WHERE parent.${quoteIdent(field)} = child.${col})`,
    };
  }
  const values = test.accepted_values.values;
  return {
    name: `accepted_values(${column})`,
    sql: `SELECT count(*) FROM ${table} WHERE ${col} IS NOT NULL AND ${col} NOT IN (${values.map(literal).join(', ')})`,
  };
}

/** The SQL counting duplicate keys (and keys with a NULL part) of a composite primary key. */
export function primaryKeySql(table: string, columns: string[]): string {
  const cols = columns.map(quoteIdent).join(', ');
  const anyNull = columns.map((c) => `${quoteIdent(c)} IS NULL`).join(' OR ');
  return `SELECT (SELECT count(*) FROM (SELECT ${cols} FROM ${table} GROUP BY ${cols} HAVING count(*) > 1)) + (SELECT count(*) FROM ${table} WHERE ${anyNull})`;
}

/** The far-future date that marks an open-ended validity in a type-2 dimension. */
export const OPEN_END = "DATE '9999-12-31'";

/**
 * The SQL counting violations of a model-level test. A functional dependency counts determinant
 * values with more than one dependent value; a type-2 dimension counts keys without exactly one
 * current version, versions overlapping the previous one, empty validity, and current versions
 * that are not open-ended.
 */
export function modelTestSql(table: string, test: ModelTest): { name: string; sql: string } {
  if ('functional_dependency' in test) {
    const { determinant, dependent } = test.functional_dependency;
    const det = determinant.map(quoteIdent).join(', ');
    return {
      name: `functional_dependency(${determinant.join(', ')} → ${dependent.join(', ')})`,
      sql: `SELECT count(*) FROM (SELECT ${det} FROM (SELECT DISTINCT ${det}, ${dependent.map(quoteIdent).join(', ')} FROM ${table}) GROUP BY ${det} HAVING count(*) > 1)`,
    };
  }
  const { key, valid_from, valid_to, is_current } = test.scd2;
  const k = key.map(quoteIdent).join(', ');
  const from = quoteIdent(valid_from);
  const to = `coalesce(${quoteIdent(valid_to)}, ${OPEN_END})`;
  const current = quoteIdent(is_current);
  return {
    name: `scd2(${key.join(', ')})`,
    sql: [
      `SELECT (SELECT count(*) FROM (SELECT ${k} FROM ${table} GROUP BY ${k} HAVING count(*) FILTER (WHERE ${current}) <> 1))`,
      ` + (SELECT count(*) FROM (SELECT ${from} AS f, lag(${to}) OVER (PARTITION BY ${k} ORDER BY ${from}) AS previous_to FROM ${table}) WHERE previous_to > f)`,
      ` + (SELECT count(*) FROM ${table} WHERE ${to} <= ${from} OR (${current} AND ${to} <> ${OPEN_END}) OR (NOT ${current} AND ${to} = ${OPEN_END}))`,
    ].join(''),
  };
}

/** Every declared test of one table: its primary key, its columns' tests in file order, then its model-level tests. */
export function tableTests(table: PackTable, schemaFile: string): DataTest[] {
  const model = table.model;
  if (!model) return [];
  const base = { style: table.style, table: table.name, file: schemaFile };
  const tests: DataTest[] = [];
  const pk = model.primary_key ?? [];
  const declared = (name: string, test: 'unique' | 'not_null') => model.columns.some((c) => c.name === name && c.tests.includes(test));
  // A one-column key already tested unique and not_null needs no separate (costly) key test.
  const covered = pk.length === 1 && declared(pk[0]!, 'unique') && declared(pk[0]!, 'not_null');
  if (pk.length > 0 && !covered) {
    tests.push({ ...base, name: `primary_key(${pk.join(', ')})`, sql: primaryKeySql(table.qualified, pk) });
  }
  for (const column of model.columns) {
    for (const test of column.tests) tests.push({ ...base, ...columnTestSql(table.qualified, column.name, test) });
  }
  for (const test of model.tests) {
    tests.push({ ...base, ...modelTestSql(table.qualified, test), ...(test.expect === 'fail' ? { expect: 'fail' as const } : {}), ...(test.why ? { why: test.why } : {}) });
  }
  return tests;
}

/** One statement running all `tests`: rows (i, failures), i indexing `tests`. */
export function testsBatchSql(tests: DataTest[]): string {
  return tests.map((t, i) => `SELECT ${i} AS i, (${t.sql}) AS failures`).join('\nUNION ALL\n');
}
