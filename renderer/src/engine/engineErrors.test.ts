import { describe, expect, it } from 'vitest';
import { isCancelMessage, isFatalMessage, missingExtension, readableError, toEngineError } from './engineErrors';

describe('missingExtension', () => {
  it.each([
    ['Catalog Error: Table Function with name "read_json" is not in the catalog, but it exists in the json extension.', 'json'],
    ['Catalog Error: Copy Function with name "parquet" is not in the catalog, but it exists in the parquet extension.', 'parquet'],
    ['Catalog Error: Type with name "JSON" is not in the catalog, but it exists in the json extension.', 'json'],
    ['IO Error: Extension "json" not found', 'json'],
    ['Invalid Input Error: function signature mismatch while loading parquet', 'parquet'],
    ['Catalog Error: Table with name json_things does not exist!', undefined],
    ['Binder Error: Referenced column "parquet_id" not found', undefined],
  ])('%s → %s', (message, expected) => {
    expect(missingExtension(message)).toBe(expected);
  });
});

describe('isFatalMessage / isCancelMessage', () => {
  it.each([
    ['RuntimeError: memory access out of bounds', true],
    ['malloc failed', true],
    ['RuntimeError: unreachable executed', true],
    ['Out of Memory Error: failed to allocate data of size 2.0 GiB (3.1 GiB/3.1 GiB used)', false],
    ['Binder Error: x', false],
  ])('%s fatal: %s', (message, fatal) => {
    expect(isFatalMessage(message)).toBe(fatal);
  });
  it('recognizes DuckDB-Wasm cancellation', () => {
    expect(isCancelMessage('query was canceled')).toBe(true);
    expect(isCancelMessage('Binder Error: cancel_date not found')).toBe(false);
  });
});

describe('toEngineError', () => {
  it('shifts the position by where the statement starts in the script', () => {
    const e = toEngineError(new Error('Catalog Error: Table with name t does not exist!\n\nLINE 1: SELECT * FROM t\n                      ^'), 'SELECT * FROM t', 20);
    expect(e.position).toBe(34);
  });
  it('points at the end of the statement for "at end of input"', () => {
    const e = toEngineError(new Error('Parser Error: syntax error at end of input'), 'SELECT 1 +  ', 5);
    expect(e.position).toBe(15);
  });
  it('keeps only the first line of an extension error and adds what to do instead', () => {
    const e = toEngineError(new Error('Catalog Error: Table Function with name "read_json" is not in the catalog, but it exists in the json extension.\n\nPlease try installing…'), "SELECT * FROM read_json('a')");
    expect(e.message.split('\n')[0]).toBe('Catalog Error: Table Function with name "read_json" is not in the catalog, but it exists in the json extension.');
    expect(e.message).not.toContain('Please try installing');
    expect(e.message).toContain("studio's Import");
  });
  it('reports cancellation as cancelled, and an empty message as something readable', () => {
    expect(toEngineError(new Error('query was canceled'), 'x').cancelled).toBe(true);
    expect(toEngineError(new Error(''), 'x').message).toContain('without a message');
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
  it('is applied by toEngineError, with the position shifted into the script', () => {
    const e = toEngineError(new Error('{"exception_type":"Parser","exception_message":"syntax error at end of input","position":"9"}'), 'SELECT (1', 3);
    expect(e.message).toBe('Parser Error: syntax error at end of input');
    expect(e.position).toBe(12);
  });
});
