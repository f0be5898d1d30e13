import { describe, expect, it } from 'vitest';
import { completionCandidates, tableAliases, type CompletionCatalog } from './completion';

const catalog: CompletionCatalog = {
  keywords: ['select', 'from'],
  functions: ['sum', 'sum', 'list_value'],
  signatures: { sum: 'sum(DECIMAL) → DECIMAL (+5 more)' },
  tables: [
    { schema: 'main', name: 'orders', columns: [{ name: 'order_id', type: 'INTEGER' }, { name: 'customer_id', type: 'INTEGER' }] },
    { schema: 'main', name: 'customers', columns: [{ name: 'customer_id', type: 'INTEGER' }, { name: 'Full Name', type: 'VARCHAR' }] },
    { schema: 'star', name: 'fact_sales', columns: [{ name: 'amount', type: 'DECIMAL(18,2)' }] },
  ],
};

const labels = (before: string, statement = before) => completionCandidates(catalog, before, statement).map((c) => `${c.kind}:${c.label}`);

describe('tableAliases', () => {
  it('finds tables and their aliases', () => {
    expect([...tableAliases('SELECT * FROM orders o JOIN main.customers AS c ON o.customer_id = c.customer_id WHERE 1')]).toEqual([
      ['orders', 'orders'], ['o', 'orders'], ['customers', 'customers'], ['c', 'customers'],
    ]);
  });
  it('does not take a keyword for an alias', () => {
    expect([...tableAliases('FROM orders WHERE x')]).toEqual([['orders', 'orders']]);
  });
});

describe('completionCandidates', () => {
  it('offers the columns of an aliased table after "alias."', () => {
    expect(labels('SELECT o.', 'SELECT o. FROM orders o')).toEqual(['column:order_id', 'column:customer_id']);
  });
  it('offers the columns of a table named directly', () => {
    expect(labels('SELECT customers.')).toEqual(['column:customer_id', 'column:Full Name']);
  });
  it('offers the tables of a schema after "schema."', () => {
    expect(labels('SELECT * FROM star.')).toEqual(['table:fact_sales']);
  });
  it('offers nothing for an unknown qualifier', () => {
    expect(labels('SELECT zz.')).toEqual([]);
  });
  it('offers tables and schemas after FROM', () => {
    expect(labels('SELECT * FROM ord')).toEqual(['table:orders', 'table:customers', 'table:fact_sales', 'schema:main', 'schema:star']);
  });
  it('offers the columns of the tables read, then tables, functions and keywords elsewhere', () => {
    expect(labels('SELECT ', 'SELECT  FROM customers')).toEqual([
      'column:customer_id', 'column:Full Name',
      'table:orders', 'table:customers', 'table:fact_sales', 'schema:main', 'schema:star',
      'function:sum', 'function:list_value', 'keyword:SELECT', 'keyword:FROM',
    ]);
  });
  it('shows a function\'s signature when known', () => {
    const items = completionCandidates(catalog, 'SELECT ', 'SELECT ');
    expect(items.find((c) => c.label === 'sum')!.detail).toBe('sum(DECIMAL) → DECIMAL (+5 more)');
    expect(items.find((c) => c.label === 'list_value')!.detail).toBe('function');
  });
  it('quotes what needs quoting and sorts columns first', () => {
    const item = completionCandidates(catalog, 'SELECT ', 'SELECT  FROM customers').find((c) => c.label === 'Full Name')!;
    expect(item).toEqual({ label: 'Full Name', kind: 'column', detail: 'VARCHAR · customers', insertText: '"Full Name"', sortText: '1Full Name' });
  });
});
