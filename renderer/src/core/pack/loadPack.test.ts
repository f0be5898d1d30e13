import { describe, expect, it } from 'vitest';
import { loadPack } from './loadPack';

/** A minimal valid pack with two styles; tests break one file at a time. */
function tinyPack(): Record<string, string> {
  return {
    'pack.yml': 'id: tiny\ntitle: Tiny\ndefault_scale: s\nscales: [{ id: s, label: S, generator: source/gen.sql }]\nstyles: [a, b]\n',
    'source/gen.sql': 'CREATE SCHEMA source; CREATE TABLE source.t AS SELECT 1 AS x;',
    'styles/a/t.sql': 'SELECT x FROM source.t',
    'styles/a/schema.yml': 'models:\n  - name: t\n    primary_key: [x]\n    columns: [{ name: x, tests: [not_null] }]\n',
    'styles/b/u.sql': 'SELECT x FROM b.v',
    'styles/b/v.sql': 'SELECT x FROM a.t',
    'questions/q.yml': 'id: q\ntitle: Q\nsql:\n  a: SELECT count(*) AS n FROM a.t\n  b: SELECT count(*) AS n FROM b.u\n',
    'writes/w.yml': 'id: w\ntitle: W\nsql:\n  a: [DELETE FROM a.t]\n  b: []\n',
  };
}

describe('loadPack', () => {
  it('loads, orders tables by what they read, attaches models', () => {
    const pack = loadPack(tinyPack());
    expect(pack.tables.map((t) => t.qualified)).toEqual(['a.t', 'b.v', 'b.u']);
    expect(pack.tables[0]!.model?.primary_key).toEqual(['x']);
    expect(pack.sourceTables).toEqual(['source.t']);
    expect(pack.questions.map((q) => [q.id, q.ordered, q.file])).toEqual([['q', false, 'questions/q.yml']]);
    expect(pack.writes[0]!.sql).toEqual({ a: ['DELETE FROM a.t'], b: [] });
  });

  it.each<[string, (files: Record<string, string>) => void, string]>([
    ['missing manifest', (f) => delete f['pack.yml'], 'pack.yml: missing'],
    ['bad manifest field', (f) => (f['pack.yml'] = f['pack.yml']!.replace('styles: [a, b]', 'styles: a')), 'pack.yml: styles: Expected array, received string'],
    ['unknown default scale', (f) => (f['pack.yml'] = f['pack.yml']!.replace('default_scale: s', 'default_scale: big')), 'pack.yml: default_scale big is not one of the scales'],
    ['missing generator', (f) => delete f['source/gen.sql'], 'pack.yml: scale s: generator source/gen.sql not found'],
    ['cycle', (f) => (f['styles/b/v.sql'] = 'SELECT x FROM b.u'), 'styles/b/u.sql: dependency cycle: styles/b/u.sql → styles/b/v.sql → styles/b/u.sql'],
    ['missing dependency', (f) => (f['styles/a/t.sql'] = 'SELECT x FROM source.nope'), 'styles/a/t.sql: reads source.nope, which no file in the pack creates'],
    ['question missing a style', (f) => (f['questions/q.yml'] = 'id: q\ntitle: Q\nsql:\n  a: SELECT 1\n'), 'questions/q.yml: sql has no entry for style b'],
    ['question reading a missing table', (f) => (f['questions/q.yml'] = f['questions/q.yml']!.replace('b.u', 'b.zz')), 'questions/q.yml: sql.b reads b.zz, which no file in the pack creates'],
    ['write with an unknown style', (f) => (f['writes/w.yml'] = 'id: w\ntitle: W\nsql:\n  a: []\n  b: []\n  c: []\n'), 'writes/w.yml: sql.c is not a style of the pack'],
    ['invalid YAML', (f) => (f['questions/q.yml'] = 'id: [unclosed'), 'questions/q.yml: invalid YAML'],
    ['model without a file', (f) => (f['styles/a/schema.yml'] += '  - name: ghost\n'), 'styles/a/schema.yml: model ghost has no file styles/a/ghost.sql'],
    ['relationship to nowhere', (f) => (f['styles/a/schema.yml'] = "models:\n  - name: t\n    columns: [{ name: x, tests: [{ relationships: { to: a.nope, field: x } }] }]\n"), 'styles/a/schema.yml: t.x: relationships.to a.nope is not a table of the pack'],
    ['empty SQL file', (f) => (f['styles/a/t.sql'] = '  \n'), 'styles/a/t.sql: empty SQL file'],
  ])('%s → error naming the file', (_label, breakIt, message) => {
    const files = tinyPack();
    breakIt(files);
    expect(() => loadPack(files)).toThrow(message);
    try {
      loadPack(files);
    } catch (error) {
      expect((error as { file?: string }).file).toBe(message.split(':')[0]);
    }
  });
});
