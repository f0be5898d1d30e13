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
        kind: 'query',
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

  it('reads design, every-style and choice exercises and instructor notes', () => {
    const text = `${front}
\`\`\`instructor
Demo the anomaly first (10 minutes).
\`\`\`

\`\`\`exercise
kind: design
id: split-orders
prompt: Build the orders table.
schema: scratch
reference: CREATE TABLE scratch.orders AS SELECT DISTINCT order_id FROM nf1.sales_order_lines
tests:
  - { exists: orders, columns: [order_id] }
  - { unique: orders, columns: [order_id] }
  - { no_overlap: dim, key: [customer_id], valid_from: valid_from, valid_to: valid_to }
question: SELECT count(*) FROM scratch.orders
\`\`\`

\`\`\`exercise
kind: styles
id: revenue-every-style
prompt: Revenue, in star and OBT.
styles:
  star: { reference: SELECT 1 }
  obt: { reference: SELECT 1, starter: SELECT }
\`\`\`

\`\`\`exercise
kind: choice
id: grain
prompt: Which grain?
multiple: true
options:
  - { text: one row per order line, correct: true }
  - { text: one row per order }
explanation: The finest grain answers every question.
\`\`\`
`;
    const lesson = parseLesson('x', 'f', text);
    expect(lesson.blocks.map((b) => b.kind)).toEqual(['instructor', 'exercise', 'exercise', 'exercise']);
    expect(lesson.blocks[0]).toEqual({ kind: 'instructor', text: 'Demo the anomaly first (10 minutes).', line: 9 });
    expect(lesson.exercises.map((e) => e.kind)).toEqual(['design', 'styles', 'choice']);
    expect(lesson.exercises[0]).toMatchObject({ schema: 'scratch', tests: [{ exists: 'orders', columns: ['order_id'] }, { unique: 'orders', columns: ['order_id'] }, { no_overlap: 'dim' }], variant: true });
    expect(lesson.exercises[1]).toMatchObject({ styles: { star: { reference: 'SELECT 1', starter: '' }, obt: { starter: 'SELECT' } } });
    expect(lesson.exercises[2]).toMatchObject({ multiple: true, options: [{ correct: true }, { correct: false }] });
  });

  const choice = (options: string, multiple = false) =>
    `${front}\n\`\`\`exercise\nkind: choice\nid: c\nprompt: p\nmultiple: ${multiple}\nexplanation: e\noptions:\n${options}\n\`\`\`\n`;

  const broken: [string, string, string][] = [
    ['a choice with no right option', choice('  - { text: a }\n  - { text: b }'), 'exercise block at line 9: options: at least one option must be correct'],
    ['a single choice with two right options', choice('  - { text: a, correct: true }\n  - { text: b, correct: true }'), 'options: a single-choice question has exactly one correct option'],
    ['a design test of an unknown kind', `${front}\n\`\`\`exercise\nkind: design\nid: d\nprompt: p\nschema: s\nreference: SELECT 1\nquestion: SELECT 1\ntests:\n  - { primary: t }\n\`\`\`\n`, 'exercise block at line 9: tests.0: Invalid input'],
    ['an unknown exercise kind', `${front}\n\`\`\`exercise\nkind: essay\nid: d\nprompt: p\n\`\`\`\n`, "exercise block at line 9: kind: Invalid discriminator value. Expected 'query' | 'design' | 'styles' | 'choice'"],
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
