/**
 * dbt-like data tests as SQL: each test is one scalar query returning how many rows fail it
 * (0 = pass). A style's tests run as one statement (`styleTestsSql`) to keep round trips low.
 */
import type { PackTable } from './loadPack';
import type { ColumnTest } from './packSchema';

export interface DataTest {
  /** e.g. `unique(order_id)`, `relationships(customer_key → star.dim_customers.customer_key)`. */
  name: string;
  style: string;
  table: string;
  /** The schema.yml the test is declared in. */
  file: string;
  /** A SELECT returning one row, one column: the number of failing rows. */
  sql: string;
}

const q = (identifier: string): string => `"${identifier.replace(/"/g, '""')}"`;

function literal(value: string | number | boolean): string {
  if (typeof value === 'string') return `'${value.replace(/'/g, "''")}'`;
  return String(value);
}

/** The SQL counting rows of `table` that fail `test` on `column`. */
export function columnTestSql(table: string, column: string, test: ColumnTest): { name: string; sql: string } {
  const col = q(column);
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
      sql: `SELECT count(*) FROM ${table} AS child WHERE child.${col} IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${to} AS parent WHERE parent.${q(field)} = child.${col})`,
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
  const cols = columns.map(q).join(', ');
  const anyNull = columns.map((c) => `${q(c)} IS NULL`).join(' OR ');
  return `SELECT (SELECT count(*) FROM (SELECT ${cols} FROM ${table} GROUP BY ${cols} HAVING count(*) > 1)) + (SELECT count(*) FROM ${table} WHERE ${anyNull})`;
}

/** Every declared test of one table: its primary key, then its columns' tests in file order. */
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
  return tests;
}

/** One statement running all `tests`: rows (i, failures), i indexing `tests`. */
export function testsBatchSql(tests: DataTest[]): string {
  return tests.map((t, i) => `SELECT ${i} AS i, (${t.sql}) AS failures`).join('\nUNION ALL\n');
}
