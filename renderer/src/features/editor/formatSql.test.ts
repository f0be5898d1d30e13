import { describe, expect, it } from 'vitest';
import { formatSql } from './formatSql';

describe('formatSql', () => {
  it('formats a query in DuckDB style with upper-case keywords', () => {
    expect(formatSql('select a, count(*) from t where b > 1 group by all')).toEqual({
      ok: true,
      text: 'SELECT\n  a,\n  count(*)\nFROM\n  t\nWHERE\n  b > 1\nGROUP BY ALL\n',
    });
  });
  it('keeps DuckDB syntax such as FROM-first and list literals', () => {
    const result = formatSql('from t select [1,2] as l');
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.text).toContain('[1, 2]');
  });
  it('separates statements with a blank line', () => {
    expect(formatSql('select 1; select 2;')).toEqual({ ok: true, text: 'SELECT\n  1;\n\nSELECT\n  2;\n' });
  });
  it('leaves blank text alone', () => {
    expect(formatSql('  \n')).toEqual({ ok: true, text: '  \n' });
  });
  it('reports text it cannot parse', () => {
    const result = formatSql("select 'unterminated");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/^Could not format: /);
  });
});
