import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from './engine';
import { createNodeEngine } from './nodeEngine';
import { formatSignature, listFunctions, listKeywords, listTables } from './catalog';

let engine: Engine;

beforeAll(async () => {
  engine = createNodeEngine();
  await engine.query(`CREATE SCHEMA shop;
    CREATE TABLE shop.orders(order_id INTEGER, placed DATE, items STRUCT(sku VARCHAR, qty INTEGER)[]);
    CREATE VIEW shop.big_orders AS SELECT order_id FROM shop.orders WHERE len(items) > 3;
    CREATE TABLE main.notes(body VARCHAR);
    CREATE MACRO add_tax(price, rate) AS price * (1 + rate);`);
});

afterAll(async () => {
  await engine.close();
});

describe('listKeywords', () => {
  it("lists DuckDB's keywords with their category", async () => {
    const keywords = await listKeywords(engine);
    expect(keywords).toContainEqual({ name: 'select', category: 'reserved' });
    expect(keywords).toContainEqual({ name: 'abort', category: 'unreserved' });
    expect(keywords.length).toBeGreaterThan(400);
  });
});

describe('listFunctions', () => {
  it('gives one entry per function and kind, with a short signature', async () => {
    const functions = await listFunctions(engine);
    const find = (name: string, kind: string) => functions.find((f) => f.name === name && f.kind === kind);
    expect(find('add_tax', 'macro')).toMatchObject({ signature: 'add_tax(price, rate)', overloads: 1 });
    expect(find('strlen', 'scalar')).toMatchObject({ signature: 'strlen(string VARCHAR) → BIGINT', overloads: 1 });
    expect(find('sum', 'aggregate')?.overloads).toBeGreaterThan(1);
    expect(find('range', 'table')).toBeDefined();
    expect(functions.some((f) => f.name === '+')).toBe(false);
    expect(new Set(functions.map((f) => `${f.name}/${f.kind}`)).size).toBe(functions.length);
  });
});

describe('formatSignature', () => {
  it.each([
    [['col0', 'col1'], ['DATE', 'VARCHAR'], 'VARCHAR', null, 'f(DATE, VARCHAR) → VARCHAR'],
    [['x'], [null], null, null, 'f(x)'],
    [['x'], ['ANY'], 'BOOLEAN', null, 'f(x) → BOOLEAN'],
    [['col0'], ['VARCHAR'], 'VARCHAR', 'ANY', 'f(VARCHAR, ANY...) → VARCHAR'],
    [[], [], 'DATE', null, 'f() → DATE'],
  ] as [string[], (string | null)[], string | null, string | null, string][])('%j %j → %s', (params, types, returns, varargs, expected) => {
    expect(formatSignature('f', params, types, returns, varargs)).toBe(expected);
  });
});

describe('listTables', () => {
  it('lists user tables and views with their columns, and no system catalog', async () => {
    const tables = await listTables(engine);
    expect(tables).toEqual([
      { database: 'memory', schema: 'main', name: 'notes', kind: 'table', columns: [{ name: 'body', type: 'VARCHAR' }] },
      { database: 'memory', schema: 'shop', name: 'big_orders', kind: 'view', columns: [{ name: 'order_id', type: 'INTEGER' }] },
      {
        database: 'memory', schema: 'shop', name: 'orders', kind: 'table',
        columns: [
          { name: 'order_id', type: 'INTEGER' }, { name: 'placed', type: 'DATE' },
          { name: 'items', type: 'STRUCT(sku VARCHAR, qty INTEGER)[]' },
        ],
      },
    ]);
  });

  it('sees a table as soon as it is created', async () => {
    await engine.query('CREATE TEMP TABLE scratch AS SELECT 1 AS one');
    const tables = await listTables(engine);
    expect(tables.find((t) => t.name === 'scratch')).toEqual({ database: 'temp', schema: 'main', name: 'scratch', kind: 'table', columns: [{ name: 'one', type: 'INTEGER' }] });
  });
});
