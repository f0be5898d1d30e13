import { describe, expect, it } from 'vitest';
import { duckdbMonarch } from './duckdbLanguage';

describe('duckdbMonarch', () => {
  const monarch = duckdbMonarch(['qualify', 'pivot', 'select', 'left'], ['list_value', 'sum', '+', '~~', 'left', 'struct_pack', 'sum']) as unknown as {
    keywords: string[];
    builtinFunctions: string[];
    tokenPostfix: string;
    tokenizer: Record<string, unknown>;
  };
  it('adds DuckDB keywords to the SQL ones, upper-cased and once each', () => {
    expect(monarch.keywords).toContain('QUALIFY');
    expect(monarch.keywords).toContain('PIVOT');
    expect(monarch.keywords.filter((k) => k === 'SELECT')).toEqual(['SELECT']);
  });
  it('lists DuckDB functions only, without operators or keywords', () => {
    expect(monarch.builtinFunctions).toEqual(['LIST_VALUE', 'STRUCT_PACK', 'SUM']);
  });
  it('keeps the SQL tokenizer rules', () => {
    expect(Object.keys(monarch.tokenizer)).toContain('strings');
    expect(monarch.tokenPostfix).toBe('.duckdb');
  });
});
