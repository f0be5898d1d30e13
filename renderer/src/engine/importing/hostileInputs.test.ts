/**
 * Hostile inputs: over 300 generated bad files (CSV dialect edge cases, JSON cases in the manner
 * of JSONTestSuite, deep nesting, huge numbers, duplicate keys, encodings, mixed line breaks,
 * empty, header-only, NUL bytes, truncated documents). Each is either imported or refused with
 * an ImportFailure in words; after each, the earlier table answers, the catalog is readable, no
 * staging table is left, and the engine never restarts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollutedCorpus, prng } from '../../core/importing/corpus/pollutedCsv';
import type { Engine } from '../engine';
import { createNodeEngine } from '../nodeEngine';
import { ImportFailure } from './importFailure';
import { discardImport, loadImport } from './loadImport';
import { previewImport } from './previewImport';
import { listTables } from './tables';

const enc = (s: string): Uint8Array => new TextEncoder().encode(s);
let engine: Engine;
let restarts = 0;
beforeAll(async () => {
  engine = createNodeEngine();
  await engine.ready();
  engine.onStatus((s) => { if (s.state === 'restarting') restarts++; });
  await engine.query('CREATE TABLE earlier AS SELECT 42 AS answer');
});
afterAll(async () => { await engine.close(); });

function hostileFiles(): Array<{ name: string; bytes: Uint8Array }> {
  const files: Array<{ name: string; bytes: Uint8Array }> = pollutedCorpus(12, 99).map((f) => ({ name: f.name, bytes: f.bytes }));
  const csv = (name: string, text: string | Uint8Array): void => { files.push({ name: `${name}.csv`, bytes: typeof text === 'string' ? enc(text) : text }); };
  const json = (name: string, text: string | Uint8Array): void => { files.push({ name: `${name}.json`, bytes: typeof text === 'string' ? enc(text) : text }); };
  csv('header_only', 'a,b,c\n');
  csv('header_only_no_newline', 'a,b,c');
  csv('one_column', 'x\n1\n2\n');
  csv('nul_byte', new Uint8Array([...enc('a,b\n1,'), 0, ...enc('\n')]));
  csv('huge_double', 'id,x\n1,1.5\n2,1e400\n');
  csv('huge_integer', 'id,x\n1,123456789012345678901234567890123456789012\n');
  csv('mixed_crlf', 'a,b\r\n1,2\n3,4\r\n');
  csv('cr_only', 'a,b\r1,2\r3,4\r');
  csv('latin1', new Uint8Array([...enc('a,b\n1,caf'), 0xe9, 0x0a]));
  csv('quote_never_closed', 'a,b\n1,"x\n2,y\n');
  csv('only_quotes', '"""""""\n""\n');
  csv('long_line', `a,b\n1,${'x'.repeat(3_000_000)}\n2,y\n`);
  csv('many_columns', `${Array.from({ length: 300 }, (_, i) => `c${i}`).join(',')}\n${Array.from({ length: 300 }, (_, i) => i).join(',')}\n`);
  csv('duplicate_header', 'a,a,A\n1,2,3\n');
  csv('blank_header', ',,\n1,2,3\n');
  csv('bom', '\uFEFFa,b\n1,2\n');
  const rand = prng(7);
  for (let i = 0; i < 20; i++) {
    const bytes = new Uint8Array(50 + Math.floor(rand() * 200));
    for (let k = 0; k < bytes.length; k++) bytes[k] = 0x20 + Math.floor(rand() * 0x5f);
    for (let k = 0; k < 6; k++) bytes[Math.floor(rand() * bytes.length)] = [10, 44, 34, 39, 59][Math.floor(rand() * 5)]!;
    csv(`random_text_${i}`, bytes);
  }
  // JSON: shapes, non-standard syntax, numbers, keys, encodings, truncations, depth.
  const cases: Array<[string, string | Uint8Array]> = [
    ['scalar_number', '42'], ['scalar_string', '"x"'], ['scalar_null', 'null'], ['scalar_true', 'true'],
    ['array_numbers', '[1,2,3]'], ['array_mixed', '[1,"a",null,true,{"b":1},[2]]'], ['array_arrays', '[[1,2],[3]]'],
    ['empty_object', '{}'], ['empty_array', '[]'], ['array_of_empty_objects', '[{},{}]'],
    ['object_with_records', '{"items":[{"a":1},{"a":2}]}'], ['object_two_arrays', '{"x":[{"a":1}],"y":[{"b":2}]}'],
    ['duplicate_keys', '[{"a":1,"a":2}]'], ['duplicate_keys_nested', '[{"a":{"b":1,"b":2}}]'], ['case_keys', '[{"a":1,"A":2}]'],
    ['nul_key', '[{"a\\u0000b":1}]'], ['empty_key', '[{"":1}]'], ['escaped_keys', '[{"a\\"b":1,"c\\\\d":2,"\\u00e9":3}]'],
    ['nested_empty_list', '[{"a":[]}]'], ['nested_lists', '[{"a":[[1],[2,3]]}]'],
    ['huge_number', '[{"x":1e400}]'], ['huge_integer', '[{"x":123456789012345678901234567890}]'], ['negative_zero', '[{"x":-0}]'],
    ['trailing_comma_object', '[{"a":1,}]'], ['trailing_comma_array', '[{"a":1},]'], ['comment_line', '[{"a":1} // c\n]'],
    ['comment_block', '/* c */ [{"a":1}]'], ['single_quotes', "[{'a':1}]"], ['nan', '[{"a":NaN}]'], ['infinity', '[{"a":Infinity}]'],
    ['hex', '[{"a":0x1}]'], ['leading_zero', '[{"a":01}]'], ['unquoted_key', '[{a:1}]'], ['lone_continuation_key', new Uint8Array([...enc('{"'), 0xb9, ...enc('":"0",}')])],
    ['lone_continuation_value', new Uint8Array([...enc('[{"a":"'), 0x80, ...enc('"}]')])], ['overlong', new Uint8Array([...enc('[{"a":"'), 0xc0, 0xaf, ...enc('"}]')])],
    ['utf16', new Uint8Array([0xff, 0xfe, 0x5b, 0, 0x5d, 0])], ['bom', '\uFEFF[{"a":1}]'], ['whitespace_only', ' \n\t '],
    ['ndjson_mixed', '{"a":1}\n[1]\n"x"\n'], ['ndjson_bad_line', '{"a":1}\n{"a":\n'], ['two_roots', '{"a":1} {"a":2}'],
    ['control_in_string', '[{"a":"x\u0001y"}]'], ['unescaped_newline', '[{"a":"x\ny"}]'], ['mixed_types_field', '[{"a":1},{"a":"x"}]'],
  ];
  for (const [name, text] of cases) json(name, text);
  for (const depth of [10, 63, 64, 65, 100, 500, 1000, 3000, 5000, 10000]) {
    json(`deep_array_${depth}`, `${'['.repeat(depth)}1${']'.repeat(depth)}`);
    json(`deep_object_${depth}`, `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`);
    json(`deep_unclosed_${depth}`, '['.repeat(depth));
  }
  const valid = JSON.stringify([{ id: 1, name: 'Ada', tags: ['x', 'y'], meta: { city: 'Niort', n: 2.5 } }, { id: 2, name: 'Bruno', tags: [], meta: { city: 'Lyon', n: 3 } }]);
  for (let i = 1; i <= 80; i++) json(`truncated_${i}`, valid.slice(0, Math.floor((valid.length * i) / 81)));
  return files;
}

describe('hostile inputs', () => {
  it('every file is imported or refused in words; the session stays whole', async () => {
    const files = hostileFiles();
    expect(files.length).toBeGreaterThanOrEqual(300);
    const unclear: string[] = [];
    let loaded = 0;
    let refused = 0;
    for (const [n, file] of files.entries()) {
      try {
        const p = await previewImport(engine, file, []);
        try {
          await loadImport(engine, p, { tableName: `h${n}`, columns: p.columns });
          loaded++;
        } catch (error) {
          await discardImport(engine, p);
          throw error;
        }
        await engine.query(`DROP TABLE IF EXISTS memory.main.h${n}; DROP TABLE IF EXISTS memory.main.h${n}_rejects`);
      } catch (error) {
        if (!(error instanceof ImportFailure)) throw new Error(`${file.name}: ${String(error)}`);
        refused++;
        if (/Possible (fixes|Solution)|Error:|exception_/.test(error.message) || error.problem.reason.trim() === '') unclear.push(`${file.name}: ${error.message}`);
      }
      expect((await engine.query('SELECT answer FROM earlier')).rows[0]?.[0], file.name).toBe(42);
      expect((await listTables(engine)).map((t) => t.name), file.name).toEqual(['earlier']);
      expect((await engine.query(`SELECT count(*) FROM duckdb_tables() WHERE schema_name = '_import'`)).rows[0]?.[0], file.name).toBe(0);
    }
    await engine.query('SELECT count(*) FROM information_schema.columns');
    console.log(`hostile inputs: ${files.length} files, ${loaded} loaded, ${refused} refused in words, ${restarts} engine restarts`);
    expect(unclear).toEqual([]);
    expect(restarts).toBe(0);
  });
});
