import { describe, expect, it } from 'vitest';
import { readPackFiles } from '../../../../scripts/lib/loadPackFromDisk';
import { loadCourse, normalizeCoursePaths, packFolders, withCourseOwnStyles } from './courseFiles';
import { startOwnStyle } from './ownStyle';
import { unzipCourse, zipCourse } from './courseZip';

const lesson = `---
title: "Songs per artist"
pack: tunes
scale: course
objectives:
  - Count songs per artist
minutes: 5
---

Run it:

\`\`\`sql
SELECT count(*) FROM nf3.songs
\`\`\`
`;

/** A course with one lesson, one good pack and one pack with a broken question file. */
function sampleCourse(): Record<string, string> {
  const tunes = readPackFiles('deftunes');
  tunes['pack.yml'] = tunes['pack.yml']!.replace(/^id: .*$/m, 'id: tunes');
  const broken = { ...tunes, 'pack.yml': tunes['pack.yml']!.replace('id: tunes', 'id: broken'), 'questions/purchases_by_artist.yml': 'id: purchases_by_artist\ntitle: [unclosed\n' };
  const files: Record<string, string> = { 'my-course/lessons/01-songs/lesson.md': lesson, 'my-course/notes.txt': 'ignored' };
  for (const [p, t] of Object.entries(tunes)) files[`my-course/sample-data/tunes/${p}`] = t;
  for (const [p, t] of Object.entries(broken)) files[`my-course/sample-data/broken/${p}`] = t;
  return files;
}

describe('normalizeCoursePaths', () => {
  it.each([
    [{ 'c/lessons/01-a/lesson.md': 'x', 'c/readme.txt': 'y' }, { 'lessons/01-a/lesson.md': 'x' }],
    [{ 'outer\\c\\sample-data\\p\\pack.yml': 'x' }, { 'sample-data/p/pack.yml': 'x' }],
    [{ 'lessons/01-a/lesson.md': 'x', 'sample-data/p/model.bin': 'z' }, { 'lessons/01-a/lesson.md': 'x' }],
    [{ 'a/x.md': '1', 'b/y.md': '2' }, {}],
  ])('%j', (input, expected) => {
    expect(normalizeCoursePaths(input)).toEqual(expected);
  });
});

describe('loadCourse', () => {
  it('loads the lesson and the good pack, and names the broken file of the other pack', () => {
    const course = loadCourse('my-course', normalizeCoursePaths(sampleCourse()));
    expect(course.lessons.map((l) => [l.id, l.meta.pack])).toEqual([['01-songs', 'tunes']]);
    expect(course.packs.map((p) => [p.folder, p.pack?.id ?? null])).toEqual([['broken', null], ['tunes', 'tunes']]);
    expect(course.problems).toHaveLength(1);
    expect(course.problems[0]).toMatch(/^sample-data\/broken\/questions\/purchases_by_artist\.yml: invalid YAML: .* at line 3/);
  });

  it('says when a folder is not a course', () => {
    expect(loadCourse('x', {}).problems).toEqual(['No lessons/<name>/lesson.md and no sample-data/<pack>/ in this folder: it is not a course.']);
  });

  it('groups pack files by folder', () => {
    expect(packFolders({ 'sample-data/a/pack.yml': '1', 'sample-data/a/styles/s/t.sql': '2', 'lessons/x/lesson.md': '3' })).toEqual({ a: { 'pack.yml': '1', 'styles/s/t.sql': '2' } });
  });
});

describe('course zip', () => {
  it('round-trips a course through one .zip', () => {
    const files = normalizeCoursePaths(sampleCourse());
    const bytes = zipCourse(files);
    expect(bytes.length).toBeLessThan(JSON.stringify(files).length);
    expect(unzipCourse(bytes)).toEqual(files);
  });

  it('refuses bytes that are not a zip with a plain message', () => {
    expect(() => unzipCourse(new TextEncoder().encode('hello'))).toThrow(/^This file is not a readable \.zip/);
  });
});

describe('withCourseOwnStyles', () => {
  it('writes a learner\u2019s style into the course pack it belongs to, so the exported course loads with it', () => {
    const files = Object.fromEntries(Object.entries(readPackFiles('retail')).map(([p, t]) => [`sample-data/shop/${p}`, t]));
    const mine = startOwnStyle(readPackFiles('retail'), 'my_star', 'star');
    const out = withCourseOwnStyles(files, (id) => (id === 'retail' ? [mine] : []));
    expect(Object.keys(out).filter((p) => p.startsWith('sample-data/shop/styles/my_star/')).length).toBe(Object.keys(mine.files).length);
    const reopened = loadCourse('again', unzipCourse(zipCourse(out)));
    expect(reopened.problems).toEqual([]);
    expect(reopened.packs[0]!.pack!.styles).toContain('my_star');
    // A pack the learner added nothing to is left exactly as it was.
    expect(withCourseOwnStyles(files, () => [])).toEqual(files);
  });
});
