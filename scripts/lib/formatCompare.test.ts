import { describe, expect, it } from 'vitest';
import type { BuildReport, QuestionReport, WriteReport } from '../../renderer/src/engine/pack/reports';
import { compareJson, compareText } from './formatCompare';

const build: BuildReport = {
  pack: 'retail', scale: 'course', seed: 0, database: 'pack_1', total_ms: 900,
  source: { tables: [{ name: 'source.orders', rows: 2 }], ms: 40 },
  styles: [
    { name: 'nf3', tables: [{ name: 'orders', rows: 2, ms: 5, file: 'styles/nf3/orders.sql', sql: 'SELECT 1', columns: [] }], build_ms: 5, tests: { passed: 3, failed: 0, expected_failures: 1 }, failedTests: [], expectedFailures: [{ table: 'customers', name: 'functional_dependency(zip → city)', file: 'styles/nf3/schema.yml', failures: 2, why: 'zip repeats city' }], tests_ms: 7 },
    { name: 'star', tables: [{ name: 'dim_date', rows: 1096, ms: 9, file: 'styles/star/dim_date.sql', sql: 'SELECT 1', columns: [] }], build_ms: 9, tests: { passed: 1, failed: 1, expected_failures: 0 }, failedTests: [{ table: 'dim_date', name: 'unique(date_key)', file: 'styles/star/schema.yml', failures: 3 }], expectedFailures: [], tests_ms: 2 },
  ],
};
const questions: QuestionReport[] = [
  { id: 'q1', title: 'Q one', agree: true, as_of: true, cannotAnswer: { nf3: 'overwrites the past' }, ms: { star: 3 }, rows: 2 },
  { id: 'q2', title: 'Q two', agree: false, as_of: false, cannotAnswer: {}, ms: { nf3: 150, star: 2 }, rows: 1, difference: { style: 'star', reference: 'nf3', message: '0 rows instead of 1' } },
];
const writes: WriteReport[] = [{ id: 'w', title: 'W', rows_touched: { nf3: 1, star: 0 }, keeps: {}, statements: { nf3: 1, star: 0 }, questions_changed: { nf3: ['q2'], star: [] } }];

describe('compare output', () => {
  it('has the JSON shape sample-data/README.md describes', () => {
    expect(compareJson(build, questions, writes)).toEqual({
      pack: 'retail', scale: 'course', seed: 0, source_ms: 40, total_ms: 900,
      styles: [
        {
          name: 'nf3', tables: [{ name: 'orders', rows: 2 }], build_ms: 5, tests_ms: 7, tests: { passed: 3, failed: 0, expected_failures: 1 },
          expected_failures: [{ table: 'customers', test: 'functional_dependency(zip → city)', failures: 2, why: 'zip repeats city' }], failed_tests: [],
        },
        {
          name: 'star', tables: [{ name: 'dim_date', rows: 1096 }], build_ms: 9, tests_ms: 2, tests: { passed: 1, failed: 1, expected_failures: 0 },
          expected_failures: [], failed_tests: [{ table: 'dim_date', test: 'unique(date_key)', failures: 3 }],
        },
      ],
      questions: [
        { id: 'q1', title: 'Q one', agree: true, as_of: true, cannot_answer: ['nf3'], cannot_answer_reasons: { nf3: 'overwrites the past' }, ms: { star: 3 } },
        { id: 'q2', title: 'Q two', agree: false, as_of: false, cannot_answer: [], cannot_answer_reasons: {}, ms: { nf3: 150, star: 2 }, difference: 'star differs from nf3: 0 rows instead of 1' },
      ],
      writes: [{ id: 'w', rows_touched: { nf3: 1, star: 0 }, questions_changed: { nf3: ['q2'], star: [] } }],
    });
  });

  it('prints tables', () => {
    expect(compareText(compareJson(build, questions, writes))).toBe([
      'retail at course: source 40.0 ms, everything 900 ms',
      '',
      'style  tables  rows  build ms                     tests  tests ms',
      '-----  ------  ----  --------  ------------------------  --------',
      'nf3         1     2       5.0  3 ok, 1 expected to fail       7.0',
      'star        1  1096       9.0            1 ok, 1 FAILED       2.0',
      '  nf3.customers: functional_dependency(zip → city) fails as expected (2 rows): zip repeats city',
      '  star.dim_date: unique(date_key) FAILED (3 rows)',
      '',
      'question (ms)  nf3  star  agree',
      '-------------  ---  ----  -----',
      'q1             n/a   3.0    yes',
      'q2             150   2.0     NO',
      '  q2: star differs from nf3: 0 rows instead of 1',
      '  q1: nf3 cannot answer — overwrites the past',
      '',
      'write (rows touched)  nf3  star',
      '--------------------  ---  ----',
      'w                       1     0',
      '  w changes in nf3: q2',
    ].join('\n'));
  });
});
