import { describe, expect, it } from 'vitest';
import { fillPlaceholders, qualifyNames, splitStatements, tablesCreated, tablesRead } from './sqlText';

const schemas = ['nf3', 'star', 'source'];

describe('tablesRead', () => {
  it.each([
    ['SELECT * FROM nf3.orders', ['nf3.orders']],
    ['SELECT o.order_id FROM nf3.orders AS o JOIN NF3.Items i ON i.sku = o.sku', ['nf3.items', 'nf3.orders']],
    ["SELECT 'star.fake' AS s FROM source.items -- star.ignored", ['source.items']],
    ['SELECT li.price FROM (SELECT unnest(x) AS li FROM star . fact)', ['star.fact']],
    ['/* nf3.hidden */ SELECT 1', []],
    ['SELECT pack_1.nf3.orders.x FROM pack_1.nf3.orders', []],
    // Read by the one SQL lexer: what a pack's old lexer took for tables.
    ['SELECT $$ star.in_a_body $$ AS s FROM nf3.orders /* a /* nested */ star.hidden */', ['nf3.orders']],
  ])('%s', (sql, expected) => {
    expect(tablesRead(sql, schemas)).toEqual(expected);
  });
});

describe('splitStatements', () => {
  it.each([
    ['SELECT 1; SELECT 2;', ['SELECT 1', 'SELECT 2']],
    ["SELECT ';' AS s; -- a; comment\nSELECT 3", ["SELECT ';' AS s", 'SELECT 3']],
    ["SELECT $$a;b$$ AS d; SELECT 4", ['SELECT $$a;b$$ AS d', 'SELECT 4']],
    ['-- only a comment;\n', []],
  ])('%s', (script, expected) => {
    expect(splitStatements(script)).toEqual(expected);
  });
});

describe('tablesCreated', () => {
  it('counts CREATE minus DROP in the schema', () => {
    const script = 'CREATE TABLE source.a AS SELECT 1; CREATE OR REPLACE TABLE source.b AS SELECT 1; CREATE TABLE other.c (x INT); DROP TABLE source.a;';
    expect(tablesCreated(script, 'source')).toEqual(['source.b']);
  });
});

describe('fillPlaceholders', () => {
  it('fills and rejects unknown names', () => {
    expect(fillPlaceholders('range({{orders}}) {{ seed }}', { orders: 10, seed: 0 })).toBe('range(10) 0');
    expect(() => fillPlaceholders('{{typo}}', { orders: 1 })).toThrow('unknown placeholder {{typo}}');
  });
});

describe('qualifyNames', () => {
  it.each([
    ['SELECT a.x FROM nf3.orders AS a JOIN star.d ON true', 'SELECT a.x FROM pack_2.nf3.orders AS a JOIN pack_2.star.d ON true'],
    ["CREATE SCHEMA source; CREATE TABLE source.t AS SELECT 'nf3.x' -- star.y", "CREATE SCHEMA pack_2.source; CREATE TABLE pack_2.source.t AS SELECT 'nf3.x' -- star.y"],
    ['CREATE SCHEMA IF NOT EXISTS star', 'CREATE SCHEMA IF NOT EXISTS pack_2.star'],
    ['SELECT li.price FROM other.t', 'SELECT li.price FROM other.t'],
  ])('%s', (sql, expected) => {
    expect(qualifyNames(sql, schemas, 'pack_2')).toBe(expected);
  });
});
