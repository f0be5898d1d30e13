import { Table } from '../../components/Table';
import type { ResultSet } from '../../core/result';
import { cellDisplay, isNumericType } from '../../core/format/cellText';

export interface ResultTableProps {
  result: ResultSet;
  /** Accessible caption, e.g. "Result of block 2". */
  caption: string;
  /** Rows shown before "first N shown" (the lesson table is a glance, the editor has the full grid). */
  maxRows?: number;
}

/** A query result in the studio's table, compact, for lessons: the type of each column on hover. */
export function ResultTable({ result, caption, maxRows = 20 }: ResultTableProps) {
  const numeric = result.columns.map((c) => isNumericType(c.type));
  const count = result.rows.length;
  return (
    <Table
      variant="compact"
      label={caption}
      captionNote={`: ${count} ${count === 1 ? 'row' : 'rows'}`}
      header={result.columns.map((c) => ({ name: c.name, title: c.type }))}
      rows={result.rows.map((row) => row.map((cell, i) => ({ value: cell === null ? null : cellDisplay(cell), display: cellDisplay(cell), numeric: numeric[i] })))}
      maxRows={maxRows}
    />
  );
}
