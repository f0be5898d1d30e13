import { describe, expect, it } from 'vitest';
import { emptyMessage, errorMessage, lineColumnAt, readableError } from './runMessage';

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
  it('has a message for an empty editor', () => {
    expect(emptyMessage().kind).toBe('empty');
  });
});

describe('readableError', () => {
  it('turns DuckDB-Wasm\'s JSON error into DuckDB\'s wording with its position', () => {
    const json = '{"exception_type":"Parser","exception_message":"syntax error at or near \\"SELEC\\"","error_subtype":"SYNTAX_ERROR","position":"4"}';
    expect(readableError(json)).toEqual({ message: 'Parser Error: syntax error at or near "SELEC"', position: 4 });
  });
  it.each([
    ['plain text', 'Binder Error: x'],
    ['broken JSON', '{"exception_type": '],
    ['JSON of another shape', '{"a":1}'],
  ])('leaves %s alone', (_n, message) => {
    expect(readableError(message)).toEqual({ message });
  });
  it('is applied by errorMessage', () => {
    const m = errorMessage({ message: '{"exception_type":"Parser","exception_message":"syntax error at end of input","position":"9"}' }, 'SELECT (1', 0);
    expect(m).toMatchObject({ kind: 'syntax', title: 'Syntax error at line 1, column 10', offset: 9 });
  });
});
