import { describe, expect, it } from 'vitest';
import { firstRecordKeys, jsonLayout, toJsonArray, type JsonLayout } from './jsonBytes';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
const dec = (b: Uint8Array): string => new TextDecoder().decode(b);

describe('jsonLayout', () => {
  it.each<[string, JsonLayout]>([
    ['[{"a":1}]', 'array'],
    ['  \n[', 'array'],
    ['{"a":1}', 'object'],
    ['{"a":"}{"}\n', 'object'],
    ['{"a":1}\n{"a":2}\n', 'ndjson'],
    ['{"a":"x\\"}"}\n{"a":2}', 'ndjson'],
    ['{"a":1', 'object'],
    ['', 'blank'],
    [' \n\t', 'blank'],
    ['\uFEFF[{"a":1}]', 'array'],
  ])('%j → %s', (text, layout) => {
    expect(jsonLayout(enc(text))).toBe(layout);
  });
});

describe('toJsonArray', () => {
  it.each<[string, JsonLayout, string]>([
    ['{"a":1}\n{"a":2}\n', 'ndjson', '[{"a":1}\n,{"a":2}\n]'],
    ['{"a":1}\r\n\r\n{"a":2}', 'ndjson', '[{"a":1}\r\n\r\n,{"a":2}]'],
    ['{"a":1}\n  {"a":2}', 'ndjson', '[{"a":1}\n  ,{"a":2}]'],
    ['{"a":1}', 'object', '[{"a":1}]'],
    ['[{"a":1}]', 'array', '[{"a":1}]'],
  ])('%j (%s)', (text, layout, expected) => {
    const out = toJsonArray(enc(text), layout);
    expect(dec(out)).toBe(expected);
    expect(() => JSON.parse(dec(out))).not.toThrow();
  });
  it('keeps line numbers: line 3 of the input is line 3 of the output', () => {
    const out = dec(toJsonArray(enc('{"a":1}\n{"a":2}\n{"a":3}'), 'ndjson'));
    expect(out.split('\n')[2]).toBe(',{"a":3}]');
  });
});

describe('firstRecordKeys', () => {
  it.each<[string, JsonLayout, string[]]>([
    ['[{"user_id":"x","user_name":"E","age":3}]', 'array', ['user_id', 'user_name', 'age']],
    ['{"z":1,"a":{"q":1}}\n{"z":2}', 'ndjson', ['z', 'a']],
    ['[1,2]', 'array', []],
    ['[{"a":', 'array', []],
  ])('%j', (text, layout, keys) => {
    expect(firstRecordKeys(enc(text), layout)).toEqual(keys);
  });
});
