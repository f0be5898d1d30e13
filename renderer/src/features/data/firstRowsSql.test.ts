import { describe, expect, it } from 'vitest';
import { firstRowsSql } from './firstRowsSql';

describe('firstRowsSql', () => {
  it.each([
    [{ schema: 'main', name: 'my_songs' }, 'SELECT * FROM my_songs LIMIT 100'],
    [{ schema: 'main', name: 'Users' }, 'SELECT * FROM "Users" LIMIT 100'],
    [{ schema: 'star', name: 'dim_users' }, 'SELECT * FROM "star".dim_users LIMIT 100'],
  ])('%j', (table, sql) => {
    expect(firstRowsSql(table)).toBe(sql);
  });
});
