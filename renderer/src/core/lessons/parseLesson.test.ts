import { describe, expect, it } from 'vitest';
import { lessonIdOf, loadLessons, parseLesson } from './parseLesson';

const front = `---
title: Normalization
pack: retail
scale: course
objectives: [Spot a partial dependency]
minutes: 20
---
`;

const good = `${front}
# Intro

Some *text*.

\`\`\`sql
SELECT 1 AS one
\`\`\`

\`\`\`python
print("not interactive, stays markdown")
\`\`\`

\`\`\`exercise
id: count-orders
prompt: How many orders?
starter: SELECT
reference: SELECT count(*) FROM nf3.orders
hints: [Use count(*)]
\`\`\`

\`\`\`chart
title: Orders per day
type: bar
sql: SELECT 1 AS x, 2 AS y
x: x
y: y
\`\`\`

\`\`\`view
view: compare
label: Open the comparison
\`\`\`
`;

describe('parseLesson', () => {
  it('splits a lesson into blocks in reading order', () => {
    const lesson = parseLesson('03-normalization', 'lessons/03-normalization/lesson.md', good);
    expect(lesson.meta).toEqual({ title: 'Normalization', pack: 'retail', scale: 'course', objectives: ['Spot a partial dependency'], minutes: 20 });
    expect(lesson.blocks.map((b) => b.kind)).toEqual(['markdown', 'sql', 'markdown', 'exercise', 'chart', 'view']);
    expect(lesson.blocks[1]).toEqual({ kind: 'sql', index: 0, sql: 'SELECT 1 AS one', line: 13, expectError: false });
    expect(lesson.blocks[2]).toMatchObject({ kind: 'markdown', text: expect.stringContaining('print("not interactive') });
    expect(lesson.exercises).toEqual([
      {
        id: 'count-orders',
        prompt: 'How many orders?',
        starter: 'SELECT',
        reference: 'SELECT count(*) FROM nf3.orders',
        hints: ['Use count(*)'],
        ordered: false,
        check_columns: false,
        variant: true,
      },
    ]);
  });

  it('reads the error flag of a sql block', () => {
    const lesson = parseLesson('x', 'f', `${front}\n\`\`\`sql error\nINSERT INTO t VALUES (NULL)\n\`\`\`\n`);
    expect(lesson.blocks).toEqual([{ kind: 'sql', index: 0, sql: 'INSERT INTO t VALUES (NULL)', line: 9, expectError: true }]);
  });

  const broken: [string, string, string][] = [
    ['no front matter', '# hi', 'front matter missing: the file must start with ---'],
    ['unclosed front matter', '---\ntitle: x\n', 'front matter not closed by ---'],
    ['bad scale', front.replace('scale: course', 'scale: huge'), "front matter: scale: Invalid enum value. Expected 'course' | '1k' | '10k' | '100k' | '1m', received 'huge'"],
    ['unknown front matter key', front.replace('minutes: 20', 'minutes: 20\nauthor: me'), "front matter: Unrecognized key(s) in object: 'author'"],
    ['exercise without reference', `${front}\n\`\`\`exercise\nid: a\nprompt: p\n\`\`\`\n`, 'exercise block at line 9: reference: Required'],
    ['a hint with an unquoted colon', `${front}\n\`\`\`exercise\nid: a\nprompt: p\nreference: SELECT 1\nhints:\n  - Careful: this is a map\n\`\`\`\n`, 'exercise block at line 9: hints.0: Expected string, received object (quote text that contains ": ")'],
    ['exercise with bad YAML', `${front}\n\`\`\`exercise\nid: [a\n\`\`\`\n`, 'exercise block at line 9: invalid YAML'],
    ['unclosed sql block', `${front}\n\`\`\`sql\nSELECT 1\n`, 'line 9: `sql` block not closed'],
    ['unknown sql flag', `${front}\n\`\`\`sql nope\nSELECT 1\n\`\`\`\n`, 'sql block at line 9: unknown flag "nope" (only "error")'],
    ['duplicate exercise ids', `${front}\n\`\`\`exercise\nid: a\nprompt: p\nreference: SELECT 1\n\`\`\`\n\`\`\`exercise\nid: a\nprompt: q\nreference: SELECT 2\n\`\`\`\n`, 'exercise id "a" used twice'],
  ];
  it.each(broken)('rejects %s', (_name, text, message) => {
    expect(() => parseLesson('x', 'lessons/x/lesson.md', text)).toThrow(message);
  });
});

describe('loadLessons', () => {
  it('loads good lessons sorted by folder and names the broken file', () => {
    const { lessons, errors } = loadLessons({
      '../../lessons/02-b/lesson.md': good,
      '../../lessons/01-a/lesson.md': good,
      '../../lessons/03-c/lesson.md': '# no front matter',
      '../../lessons/README.md': 'ignored',
    });
    expect(lessons.map((l) => l.id)).toEqual(['01-a', '02-b']);
    expect(errors).toEqual([
      { id: '03-c', file: 'lessons/03-c/lesson.md', message: 'lessons/03-c/lesson.md: front matter missing: the file must start with ---' },
    ]);
  });

  it.each([
    ['lessons/03-normalization/lesson.md', '03-normalization'],
    ['../../../../lessons/01-why/lesson.md', '01-why'],
    ['lessons/README.md', undefined],
    ['lessons/01-why/notes.md', undefined],
  ])('lessonIdOf(%s) = %s', (path, id) => {
    expect(lessonIdOf(path)).toBe(id);
  });
});
