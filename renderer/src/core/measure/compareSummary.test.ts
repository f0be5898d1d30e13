import { describe, expect, it } from 'vitest';
import { listWords, storageSentences, timingSentences, writeSentences, type QuestionFigure, type StorageFigure, type WriteFigure } from './compareSummary';
import { summarize } from './stats';

const KiB = 1024;
const store = (style: string, kib: number, csvKib: number, rows: number, tables: number): StorageFigure => ({ style, bytes: kib * KiB, csvBytes: csvKib * KiB, rows, tables });
const answer = (samples: number[], joins: number, agrees: boolean | null = true) => ({ summary: summarize(samples), agrees, joins });

describe('listWords', () => {
  it.each([
    [[], ''],
    [['a'], 'a'],
    [['a', 'b'], 'a and b'],
    [['a', 'b', 'c'], 'a, b and c'],
  ])('%j → %s', (items, text) => expect(listWords(items)).toBe(text));
});

describe('storageSentences', () => {
  it.each<[string, StorageFigure[], string[]]>([
    ['one style', [store('star', 100, 300, 10, 2)], ['At scale 1k, star takes 100 KiB on disk.']],
    [
      'smallest also smallest as CSV; one near it',
      [store('nf3', 200, 400, 5000, 6), store('star', 208, 500, 5200, 5), store('obt', 800, 1600, 4000, 1)],
      [
        'At scale 1k, nf3 is the smallest on disk: 200 KiB, 75% less than obt (800 KiB), the largest.',
        'star is within 5% of it, a difference too small to choose a style by.',
        'As plain CSV text nf3 is the smallest too (400 KiB), 4.0× less than obt (1.56 MiB).',
        'Compression gains most in star: its DuckDB file is 2.4× smaller than its CSV text.',
        'star stores the most rows, 5,200 rows in 5 tables; obt the fewest, 4,000 rows in 1.',
      ],
    ],
    [
      'CSV order differs from the file order',
      [store('denormalized', 100, 900, 1000, 1), store('nf3', 150, 300, 3000, 6)],
      [
        'At scale 1k, denormalized is the smallest on disk: 100 KiB, 33% less than nf3 (150 KiB), the largest.',
        'As plain CSV text the order changes: nf3 is the smallest (300 KiB) and denormalized the largest (900 KiB), so columnar compression, not the model alone, decides the size on disk.',
        'Compression gains most in denormalized: its DuckDB file is 9.0× smaller than its CSV text.',
        'nf3 stores the most rows, 3,000 rows in 6 tables; denormalized the fewest, 1,000 rows in 1.',
      ],
    ],
  ])('%s', (_name, figures, sentences) => {
    expect(storageSentences('1k', figures)).toEqual(sentences);
  });

  it('speaks of column data when the files are mostly block padding', () => {
    expect(storageSentences('course', [store('star', 10, 20, 5, 2), store('obt', 20, 30, 4, 1)], 'data').slice(0, 1)).toEqual([
      'At scale course, star is the smallest in column data: 10.0 KiB, 50% less than obt (20.0 KiB), the largest.',
    ]);
  });
});

describe('timingSentences', () => {
  const revenue: QuestionFigure = { title: 'Revenue by month', styles: { obt: answer([1, 1.1, 1.2], 0), vault: answer([12, 13, 14], 7), star: answer([3, 3.1, 3.3], 2) } };
  const top: QuestionFigure = { title: 'Top customers', styles: { obt: answer([2, 2.1, 2.2], 0), vault: answer([2.1, 2.3, 2.5], 4), star: answer([2, 2.2, 2.4], 1) } };
  it.each<[string, QuestionFigure[], string[]]>([
    [
      'joins cost time on one question, the other is noise',
      [revenue, top],
      [
        '“Revenue by month” needs the most joins: 7 in vault, against 0 in obt; at scale 10k that is 13.0 ms against 1.10 ms (medians), 12× slower.',
        'obt has the lowest median on 2 of 2 questions, measurably faster than every other style on 1 of them.',
        'On 1 of 2 questions (“Top customers”) every style is inside the noise of the fastest: rerun with more runs before reading a winner into them.',
        'Every style that answers gives the same result on all 2 questions.',
      ],
    ],
    [
      'a style differs, another cannot answer, no joins at all',
      [{ title: 'Price then', styles: { obt: answer([1, 1, 1], 0), nf3: answer([5, 5, 5], 0, false) }, cannotAnswer: { nf1: 'It keeps no versions.' } }],
      [
        'No question needs a join in any style.',
        'obt has the lowest median on 1 of 1 questions, measurably faster than every other style on 1 of them.',
        'On every question at least one style is measurably slower than the fastest (their ranges of runs do not overlap).',
        '0 of 1 questions give the same result in every style; “Price then” differs in nf3.',
        'nf1 cannot answer “Price then”: It keeps no versions.',
      ],
    ],
  ])('%s', (_name, questions, sentences) => {
    expect(timingSentences('10k', questions)).toEqual(sentences);
  });
});

describe('writeSentences', () => {
  const move = (style: string, rowsTouched: number, keeps: string, questionsChanged?: string[]): WriteFigure => ({ scenario: 'moves', title: 'A customer moves', style, rowsTouched, keeps, ...(questionsChanged ? { questionsChanged } : {}) });
  it.each<[string, WriteFigure[], string[]]>([
    [
      'without measured answers: overwrite against history',
      [move('nf3', 1, 'overwrite'), move('obt', 14, 'overwrite'), move('vault', 1, 'history')],
      [
        '“A customer moves” touches 1 row in nf3 and vault and 14 rows in obt, the copies that must all change together.',
        'nf3 and obt overwrite in place, so what was true before a write is lost; vault adds versions and keeps it.',
      ],
    ],
    [
      'with the questions each write changed',
      [move('nf3', 1, 'overwrite', ['sales_by_city_then']), move('star', 2, 'history', ['sales_by_city_now']), move('vault', 2, 'history', [])],
      [
        '“A customer moves” touches 1 row in nf3 and 2 rows in star and vault, the copies that must all change together.',
        'nf3 restates history: after “A customer moves”, “Sales by city at the time” gives a different answer about the past.',
      ],
    ],
    [
      'nobody restates',
      [move('star', 2, 'history', ['sales_by_city_now']), move('vault', 2, 'history', [])],
      ['“A customer moves” touches 2 rows in every style.', 'No style restates history: after every write, the answers about the past stay what they were.'],
    ],
  ])('%s', (_name, writes, sentences) => {
    const questions = [{ id: 'sales_by_city_then', title: 'Sales by city at the time', asOf: true }, { id: 'sales_by_city_now', title: 'Sales by city now' }];
    expect(writeSentences(writes, questions)).toEqual(sentences);
  });
});
