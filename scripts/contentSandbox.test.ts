/**
 * The content sandbox end to end: hostile pack and lesson files, loaded the way the app and the
 * scripts load them, are refused with a message naming the file and line before any of their SQL
 * runs; every bundled pack and lesson still passes; and the scripts' engine itself cannot reach
 * the host's files even if something slipped past the gate.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { HOSTILE_SQL } from '../renderer/src/core/sqlText/contentGate.cases';
import { loadLessons } from '../renderer/src/core/lessons/parseLesson';
import { loadPack } from '../renderer/src/core/pack/loadPack';
import { packSqlRefusals } from '../renderer/src/core/pack/packGate';
import type { Engine } from '../renderer/src/engine/engine';
import { buildPack } from '../renderer/src/engine/pack';
import { readLessonFiles } from './checkLessons';
import { readPackFiles, sampleDataDir } from './lib/loadPackFromDisk';
import { createPackEngine, scriptScratchDir } from './lib/packEngine';

const packIds = fs.readdirSync(sampleDataDir).filter((name) => fs.existsSync(path.join(sampleDataDir, name, 'pack.yml')));
const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-sandbox-target-'));
let engine: Engine;

beforeAll(async () => {
  engine = await createPackEngine();
});
afterAll(async () => {
  await engine.close();
  fs.rmSync(outside, { recursive: true, force: true });
});

/** The hostile statement, aimed at a real folder outside the studio so a write would show. */
const aimed = (sql: string): string => sql.replaceAll('/tmp/', `${outside}/`);

describe('bundled content passes the gate', () => {
  it.each(packIds)('pack %s', (id) => {
    expect(packSqlRefusals(loadPack(readPackFiles(id)))).toEqual([]);
  });

  it('every lesson', () => {
    const { lessons, errors } = loadLessons(readLessonFiles());
    expect(errors).toEqual([]);
    expect(lessons.length).toBeGreaterThanOrEqual(13);
  });
});

describe('hostile pack files are refused before anything runs', () => {
  const files = readPackFiles('retail');
  const table = Object.keys(files).find((f) => f.startsWith('styles/star/') && f.endsWith('.sql'))!;
  const question = Object.keys(files).find((f) => f.startsWith('questions/'))!;

  it.each(HOSTILE_SQL)('a style table doing %s', async (_name, sql) => {
    const pack = loadPack({ ...files, [table]: `${files[table]!.trim().replace(/;\s*$/, '')};\n${aimed(sql)}` });
    await expect(buildPack(engine, pack, pack.defaultScale)).rejects.toThrow(new RegExp(`^${table.replace(/[.*]/g, '\\$&')}: refused by the content sandbox: line \\d+: `));
  });

  it.each(HOSTILE_SQL.slice(0, 12))('a question doing %s', async (_name, sql) => {
    const text = files[question]!.replace(/^(\s*)(\w+): \|/m, `$1$2: |\n$1  ${aimed(sql).replace(/\n/g, ' ')} --`);
    const pack = loadPack({ ...files, [question]: text });
    await expect(buildPack(engine, pack, pack.defaultScale)).rejects.toThrow(`${question}: refused by the content sandbox`);
  });

  it('ran none of it: the target folder is still empty and the previous build is intact', async () => {
    expect(fs.readdirSync(outside)).toEqual([]);
    expect((await engine.query('SELECT database_name FROM duckdb_databases() WHERE database_name LIKE \'pack_%\'')).rows).toEqual([]);
  });
});

describe('hostile lesson files are refused, naming the file and line', () => {
  const lesson = (block: string) => `---\ntitle: Hostile\npack: retail\nscale: course\nobjectives: [x]\nminutes: 1\n---\n\nText.\n\n${block}\n`;

  it.each(HOSTILE_SQL)('a sql block doing %s', (_name, sql) => {
    const { lessons, errors } = loadLessons({ 'lessons/99-hostile/lesson.md': lesson('```sql\n' + aimed(sql) + '\n```') });
    expect(lessons).toEqual([]);
    expect(errors[0]?.message).toMatch(/^lessons\/99-hostile\/lesson\.md: line 1[1-9] \(sql block\): refused by the content sandbox: /);
  });

  it.each(HOSTILE_SQL.slice(0, 12))('an exercise reference doing %s', (_name, sql) => {
    const exercise = `\`\`\`exercise\nid: e1\nprompt: Go\nreference: ${JSON.stringify(aimed(sql))}\n\`\`\``;
    const { errors } = loadLessons({ 'lessons/99-hostile/lesson.md': lesson(exercise) });
    expect(errors[0]?.message).toMatch(/\(exercise e1 reference\): refused by the content sandbox: /);
  });

  it('every part of a design, every-style and query exercise, and a pca block', () => {
    const cases: [string, RegExp][] = [
      ["```exercise\nkind: design\nid: d1\nprompt: Go\nschema: mine\nreference: CREATE TABLE mine.t AS SELECT 1 AS a\ntests: [{ exists: t }]\nquestion: SELECT * FROM read_text('/etc/passwd')\n```", /\(exercise d1 question\): refused/],
      ["```exercise\nkind: design\nid: d2\nprompt: Go\nschema: mine\nreference: \"COPY (SELECT 1) TO '/tmp/x.csv'\"\ntests: [{ exists: t }]\nquestion: SELECT 1\n```", /\(exercise d2 reference\): refused/],
      ["```exercise\nkind: styles\nid: s1\nprompt: Go\nstyles:\n  star: { reference: SELECT 1 }\n  vault: { reference: \"SELECT * FROM glob('/etc/*')\" }\n```", /\(exercise s1 vault reference\): refused/],
      ["```exercise\nid: q1\nprompt: Go\nreference: SELECT 1\nalternative: \"SELECT * FROM read_blob('/etc/passwd')\"\n```", /\(exercise q1 alternative\): refused/],
      ["```pca\ntitle: p\nsql: \"SELECT * FROM read_csv('/etc/passwd')\"\nfeatures: [a, b]\n```", /\(pca block\): refused/],
    ];
    for (const [block, message] of cases) {
      const { lessons, errors } = loadLessons({ 'lessons/99-hostile/lesson.md': lesson(block) });
      expect(lessons).toEqual([]);
      expect(errors[0]?.message, block).toMatch(message);
    }
  });

  it('a chart and a front-matter setup', () => {
    const chart = "```chart\ntitle: c\ntype: bar\nsql: SELECT * FROM glob('/etc/*')\nx: a\ny: b\n```";
    expect(loadLessons({ 'lessons/99-x/lesson.md': lesson(chart) }).errors[0]?.message).toMatch(/\(chart "c"\): refused by the content sandbox: glob\(\) reads files/);
    const setup = lesson('').replace('minutes: 1', "minutes: 1\nsetup: ATTACH '/tmp/x.duckdb'");
    expect(loadLessons({ 'lessons/99-x/lesson.md': setup }).errors[0]?.message).toMatch(/\(front matter setup\): refused by the content sandbox: ATTACH/);
  });
});

describe("the scripts' engine is locked away from the host", () => {
  it.each([
    ["SELECT content FROM read_text('/etc/passwd')", /file system operations are disabled/],
    ["SELECT count(*) FROM glob('/etc/*')", /file system operations are disabled/],
    [`COPY (SELECT 1) TO '${'OUT'}/x.csv'`, /file system operations are disabled/],
    [`ATTACH '${'OUT'}/x.duckdb' AS x`, /file system operations are disabled/],
    ['SET enable_external_access = true', /Cannot change enable_external_access/],
    ["SET allowed_directories = ['/']", /Cannot change allowed_directories/],
    ['LOAD json', /Loading external extensions is disabled/],
  ])('%s fails in DuckDB itself', async (sql, message) => {
    await expect(engine.query(sql.replace('OUT', outside))).rejects.toThrow(message);
    expect(fs.readdirSync(outside)).toEqual([]);
  });

  it('still builds a pack from its shipped files and writes measurements in its scratch folder', async () => {
    const pack = loadPack(readPackFiles('deftunes'));
    const report = await buildPack(engine, pack, 'course');
    expect(report.source.tables.find((t) => t.name === 'source.sessions')?.rows).toBeGreaterThan(0);
    const file = `${scriptScratchDir()}/probe.csv`;
    await engine.query(`COPY (SELECT 1 AS a) TO '${file}'`);
    expect(fs.readFileSync(file, 'utf8')).toBe('a\n1\n');
  });
});
