import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Table, type TableProps } from './Table';

const render = (props: TableProps) => renderToStaticMarkup(createElement(Table, props));

const props: TableProps = {
  label: 'Rows touched',
  header: ['Scenario', 'star', { name: 'vault', title: 'Data Vault' }],
  rows: [
    [{ value: 'A customer moves' }, { value: 2, numeric: true }, { value: null }],
    [{ value: 'A price changes' }, { value: 1, numeric: true }, { value: 3, display: '3 rows', title: 'exactly 3' }],
    [{ value: 'A store closes' }, { value: 0, numeric: true }, { value: 0 }],
  ],
};

describe('Table', () => {
  it('captions the table with its label, heads rows with the first cell, right-aligns numbers and shows a missing value as a dash', () => {
    const html = render({ ...props, rowHeaders: true });
    expect(html).toContain('<caption>Rows touched</caption>');
    expect(html).toContain('role="region" aria-label="Rows touched"');
    expect(html).toContain('<th scope="row">A customer moves</th><td class="num">2</td><td class="null">—</td>');
    expect(html).toContain('<th scope="col" title="Data Vault">vault</th>');
    expect(html).toContain('<td title="exactly 3">3 rows</td>');
  });

  it('says how many rows it shows of how many, and marks the rows asked for', () => {
    const html = render({ ...props, captionNote: ': 3 rows', maxRows: 2, marked: [false, true, true] });
    expect(html).toContain('<caption>Rows touched: 3 rows, first 2 shown</caption>');
    expect(html).not.toContain('A store closes');
    expect(html.match(/<tr class="table__row--marked">/g)).toHaveLength(1);
    expect(html).toContain('<td>A customer moves</td>');
  });

  it('offers a CSV export only when given a file name', () => {
    expect(render(props)).not.toContain('as CSV');
    expect(render({ ...props, csv: { fileName: 'write-cost' } })).toContain('aria-label="Export Rows touched as CSV"');
  });
});
