import { describe, expect, it } from 'vitest';
import { fileFilters } from './dialogs';

describe('dialog filters', () => {
  it('puts every supported kind together first, then one filter per kind', () => {
    expect(fileFilters(['csv', 'parquet', 'duckdb'])).toEqual([
      { name: 'Supported files', extensions: ['csv', 'tsv', 'parquet', 'duckdb', 'db'] },
      { name: 'CSV', extensions: ['csv', 'tsv'] },
      { name: 'Parquet', extensions: ['parquet'] },
      { name: 'DuckDB database', extensions: ['duckdb', 'db'] },
    ]);
  });

  it('gives a single kind its own filter only', () => {
    expect(fileFilters(['png'])).toEqual([{ name: 'PNG image', extensions: ['png'] }]);
  });
});
