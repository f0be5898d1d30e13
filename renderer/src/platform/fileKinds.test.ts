import { describe, expect, it } from 'vitest';
import { FILE_EXTENSIONS } from '../../../electron/common/contract';
import { acceptFor, fileExtensions, openKindOf, saveKindOf, withExtension } from './fileKinds';

describe('file kinds', () => {
  // The renderer keeps its own copy (it may import only types from the contract); this keeps the values in step.
  it('are the contract\'s extensions, kind by kind', () => {
    expect(fileExtensions).toEqual(FILE_EXTENSIONS);
  });

  it.each([
    ['orders.csv', 'csv'],
    ['Orders.TSV', 'csv'],
    ['users.jsonl', 'json'],
    ['lines.parquet', 'parquet'],
    ['shop.db', 'duckdb'],
    ['q.sql', 'sql'],
    ['chart.png', null],
    ['noext', null],
  ])('openKindOf(%s) = %s', (name, kind) => expect(openKindOf(name)).toBe(kind));

  it.each([
    ['result.csv', 'application/octet-stream', 'csv'],
    ['chart', 'image/svg+xml', 'svg'],
    ['chart', 'image/png', 'png'],
    ['rows', 'text/csv; charset=utf-8', 'csv'],
    ['retail.duckdb', 'application/octet-stream', 'duckdb'],
    ['model', 'application/json', 'json'],
    ['lesson-report-2026-12-04.md', 'text/markdown', 'md'],
    ['report', 'text/markdown; charset=utf-8', 'md'],
    ['x.exe', 'application/octet-stream', null],
  ])('saveKindOf(%s, %s) = %s', (name, mime, kind) => expect(saveKindOf(name, mime)).toBe(kind));

  it('builds accept lists and adds missing extensions', () => {
    expect(acceptFor(['csv', 'duckdb'])).toBe('.csv,.tsv,.duckdb,.db');
    expect(withExtension('star schema', 'svg')).toBe('star schema.svg');
    expect(withExtension('result.CSV', 'csv')).toBe('result.CSV');
    expect(withExtension('result.txt', 'csv')).toBe('result.txt.csv');
  });
});
