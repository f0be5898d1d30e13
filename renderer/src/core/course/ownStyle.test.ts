import { describe, expect, it } from 'vitest';
import { readPackFiles } from '../../../../scripts/lib/loadPackFromDisk';
import { loadPack } from '../pack/loadPack';
import { NOT_WRITTEN, notWrittenStarter, renameSchema, startOwnStyle, styleIdProblem, withOwnStyles } from './ownStyle';

describe('styleIdProblem', () => {
  it.each([
    ['my_star', null],
    ['star', 'The pack already has a style star.'],
    ['My Star', 'A style id is a lowercase letter followed by letters, digits or _ (at most 31).'],
    ['source', 'source is a reserved schema name.'],
  ])('%s', (id, problem) => expect(styleIdProblem(id, ['star', 'nf3'])).toBe(problem));
});

describe('renameSchema', () => {
  it.each([
    ['SELECT * FROM star.dim_date JOIN star.fact_order_items f USING (date_key)', 'SELECT * FROM mine.dim_date JOIN mine.fact_order_items f USING (date_key)'],
    ['SELECT starred.x, star_count FROM t', 'SELECT starred.x, star_count FROM t'],
  ])('%s', (text, expected) => expect(renameSchema(text, 'star', 'mine')).toBe(expected));
});

describe('withOwnStyles', () => {
  const retail = readPackFiles('retail');

  it('a copy of star loads as an eighth style with the same tables, questions and writes', () => {
    const mine = startOwnStyle(retail, 'my_star', 'star');
    expect(Object.keys(mine.files).sort()).toEqual(Object.keys(retail).filter((p) => p.startsWith('styles/star/')).map((p) => p.replace('styles/star/', 'styles/my_star/')).sort());
    const pack = loadPack(withOwnStyles(retail, [mine]));
    expect(pack.styles.at(-1)).toBe('my_star');
    expect(pack.tables.filter((t) => t.style === 'my_star').map((t) => t.name).sort()).toEqual(pack.tables.filter((t) => t.style === 'star').map((t) => t.name).sort());
    for (const q of pack.questions) expect(q.sql.my_star ?? q.cannot_answer.my_star).toBeDefined();
    const top = pack.questions.find((q) => q.id === 'top_customers')!;
    expect(top.sql.my_star).toBe(renameSchema(top.sql.star!, 'star', 'my_star'));
  });

  it('an empty style loads: its questions say "not written yet"', () => {
    const pack = loadPack(withOwnStyles(retail, [startOwnStyle(retail, 'blank', null)]));
    expect(pack.tables.filter((t) => t.style === 'blank').map((t) => t.qualified)).toEqual(['blank.my_table']);
    expect(pack.questions.every((q) => q.cannot_answer.blank === NOT_WRITTEN)).toBe(true);
  });

  it('a broken table file is named by the same loader', () => {
    const mine = startOwnStyle(retail, 'my_star', 'star');
    mine.files['styles/my_star/schema.yml'] = 'models:\n  - name: [dim\n';
    expect(() => loadPack(withOwnStyles(retail, [mine]))).toThrow(/^styles\/my_star\/schema\.yml: .*line/);
  });
});

describe('notWrittenStarter', () => {
  it('names the question and the style, lists its tables and shows another answer commented out', () => {
    expect(notWrittenStarter({ title: 'Top customers', description: 'The ten\n  best.', sql: { nf3: 'SELECT 1\nFROM nf3.orders' } }, 'blank', ['blank.my_table'])).toBe(
      [
        '-- Top customers: not written yet for blank.',
        '-- The ten best.',
        '-- The tables of blank: blank.my_table',
        '-- How nf3 answers it:',
        '--   SELECT 1',
        '--   FROM nf3.orders',
        'SELECT',
        '',
      ].join('\n'),
    );
    expect(notWrittenStarter({ title: 'Q', sql: {} }, 's', [])).toBe('-- Q: not written yet for s.\n-- The tables of s: (none yet)\nSELECT\n');
  });
});
