import { cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { coursePackProblems, packRootsOf } from './checkCourse';
import { sampleDataDir } from './lib/loadPackFromDisk';

describe('lessons:check --course', () => {
  it('names the broken file of a course pack and accepts the good one', () => {
    const course = mkdtempSync(join(tmpdir(), 'course-check-'));
    for (const folder of ['good', 'broken']) cpSync(join(sampleDataDir, 'deftunes'), join(course, 'sample-data', folder), { recursive: true });
    writeFileSync(join(course, 'sample-data', 'broken', 'questions', 'purchases_by_artist.yml'), 'id: purchases_by_artist\ntitle: [unclosed\n');
    const problems = coursePackProblems(course);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^sample-data\/broken\/questions\/purchases_by_artist\.yml: invalid YAML: .* at line 3/);
  });

  it('looks packs up in the course first, then among the bundled ones', () => {
    expect(packRootsOf('/c')).toEqual([join('/c', 'sample-data'), sampleDataDir]);
    expect(packRootsOf(undefined)).toEqual([sampleDataDir]);
  });
});
