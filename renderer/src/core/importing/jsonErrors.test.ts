import { describe, expect, it } from 'vitest';
import { lineAndColumn, locateJsonError, parseReason } from './jsonErrors';

describe('locateJsonError', () => {
  it.each([
    ['stray comma on line 2', '[{"a":1},\n{"a":2,,}]', 'array', 2],
    ['unclosed array', '[{"a":1},\n{"a":2}\n', 'array', 2],
    ['ndjson: line 2 unclosed', '{"a":1}\n{"a":2\n{"a":3}\n', 'ndjson', 2],
    ['ndjson: blank lines skipped', '{"a":1}\n\n\n{"a":}\n', 'ndjson', 4],
  ] as const)('%s', (_label, text, layout, line) => {
    expect(locateJsonError(text, layout)?.line).toBe(line);
  });
  it('returns null for valid JSON', () => {
    expect(locateJsonError('[{"a":1}]', 'array')).toBeNull();
    expect(locateJsonError('{"a":1}\n{"a":2}\n', 'ndjson')).toBeNull();
  });
  it('says why', () => {
    expect(locateJsonError('[{"a":1},\n{"a":2,,}]', 'array')?.reason).toMatch(/^Expected double-quoted property name \(column 8\)$/);
  });
});

describe('parseReason', () => {
  it.each([
    ['Expected double-quoted property name in JSON at position 17', 'Expected double-quoted property name'],
    ['Expected double-quoted property name in JSON at position 17 (line 2 column 8)', 'Expected double-quoted property name'],
    ['Unexpected token \']\', "[1,]" is not valid JSON', 'Unexpected token \']\''],
    ['Unexpected end of JSON input', 'the JSON ends too early (something is not closed)'],
  ])('%s', (message, reason) => {
    expect(parseReason(message)).toBe(reason);
  });
});

describe('lineAndColumn', () => {
  it.each([
    ['abc', 0, 1, 1],
    ['ab\ncd', 3, 2, 1],
    ['ab\ncd', 4, 2, 2],
  ] as const)('%j @%d', (text, offset, line, column) => {
    expect(lineAndColumn(text, offset)).toEqual({ line, column });
  });
});
