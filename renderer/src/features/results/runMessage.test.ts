import { describe, expect, it } from 'vitest';
import { emptyMessage, errorMessage, lineColumnAt } from './runMessage';

describe('lineColumnAt', () => {
  const text = 'SELECT 1;\nSELEC 2;\n\nFROM t';
  it.each([
    [0, 1, 1],
    [6, 1, 7],
    [9, 1, 10],
    [10, 2, 1],
    [14, 2, 5],
    [20, 4, 1],
    [999, 4, 7],
    [-3, 1, 1],
  ])('offset %i → line %i, column %i', (offset, line, column) => {
    expect(lineColumnAt(text, offset)).toEqual({ line, column });
  });
});

describe('errorMessage', () => {
  const text = 'SELECT 1;\nSELEC 2;';
  it('names a syntax error and maps its position into the editor', () => {
    const m = errorMessage({ message: 'Parser Error: syntax error at or near "SELEC"', position: 0 }, text, 10);
    expect(m).toEqual({
      kind: 'syntax', title: 'Syntax error at line 2, column 1', detail: 'Parser Error: syntax error at or near "SELEC"', offset: 10, line: 2, column: 1,
    });
  });
  it('names a missing table', () => {
    const m = errorMessage({ message: 'Catalog Error: Table with name nope does not exist!\nDid you mean "x"?', position: 14 }, 'SELECT * FROM nope', 0);
    expect(m.kind).toBe('missing-table');
    expect(m.title).toBe('Table "nope" does not exist at line 1, column 15');
  });
  it('names other DuckDB errors by their class', () => {
    const m = errorMessage({ message: 'Binder Error: Referenced column "z" not found' }, 'SELECT z', 0);
    expect(m).toEqual({ kind: 'error', title: 'Binder error', detail: 'Binder Error: Referenced column "z" not found' });
  });
  it('explains a result cut short because another statement ran', () => {
    const m = errorMessage({ message: 'Only the first 200,000 remaining rows were kept when another statement ran; run the query again to page further.' }, '', 0);
    expect(m.title).toBe('The rest of this result was set aside');
  });
  it('falls back to a plain title', () => {
    expect(errorMessage({ message: 'out of memory' }, '', 0).title).toBe('The query failed');
  });
  it('says a cancelled query was cancelled', () => {
    expect(errorMessage({ message: 'INTERRUPT', cancelled: true }, text, 0).kind).toBe('cancelled');
  });
  it('says a restart lost the session tables', () => {
    const m = errorMessage({ message: 'worker terminated', restarted: true }, text, 0);
    expect(m.kind).toBe('restarted');
    expect(m.detail).toContain('Tables and data loaded in this session were lost');
  });
  it('says a cancel that needed a restart lost the tables, and that a pack is rebuilt', () => {
    const m = errorMessage({ message: 'stopped by restarting', cancelled: true, restarted: true }, text, 0);
    expect(m.kind).toBe('restarted');
    expect(m.title).toBe('Query stopped by restarting the engine');
    expect(m.detail).toContain('were lost; a built pack is being rebuilt automatically');
  });
  it('has a message for an empty editor', () => {
    expect(emptyMessage().kind).toBe('empty');
  });
});
