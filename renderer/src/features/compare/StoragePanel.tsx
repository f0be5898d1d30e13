import { useState } from 'react';
import { byteUnit } from '../../core/measure/charts';
import { formatBytes, formatCount } from '../../core/format/numbers';
import type { StyleStorage } from '../../engine/measure/storage';
import { BarChart } from './BarChart';
import { ChartFrame } from './ChartFrame';
import { Table } from '../../components/Table';

export interface StoragePanelProps {
  storage: StyleStorage[];
  scale: string;
}

const exactBytes = (b: number) => `${formatCount(b)} bytes (${formatBytes(b)})`;

/** Storage per style: DuckDB file and CSV bars, a table of exact figures, per-column detail. */
export function StoragePanel({ storage, scale }: StoragePanelProps) {
  const [detail, setDetail] = useState(storage[0]?.schema ?? '');
  const chosen = storage.find((s) => s.schema === detail) ?? storage[0];
  // Below a few blocks per style, block padding rather than data decides the file size.
  const blockBound = storage.some((s) => s.blockSize > 0 && s.duckdbBytes <= 4 * s.blockSize);
  const bars = (pick: (s: StyleStorage) => number) => storage.map((s) => ({ key: s.schema, label: s.schema, value: pick(s) }));
  return (
    <section className="compare__section" aria-labelledby="cmp-storage">
      <h2 id="cmp-storage">Storage</h2>
      {blockBound && (
        <p className="compare__note">
          At this scale DuckDB files are mostly block padding (each table takes at least one 256 KiB block), so the file sizes say little
          about the styles; compare at 100,000 orders, or read the CSV sizes and the per-column bytes.
        </p>
      )}
      <div className="compare__charts">
        <ChartFrame title="DuckDB file size" fileName={`storage-duckdb-${scale}`} caption="Compressed columnar file after CHECKPOINT (256 KiB blocks: a small table still takes a block).">
          {(ref) => <BarChart svgRef={ref} tickUnit={byteUnit(Math.max(...storage.map((s) => s.duckdbBytes)))} items={bars((s) => s.duckdbBytes)} format={formatBytes} exact={exactBytes} label="DuckDB file size per style" />}
        </ChartFrame>
        <ChartFrame
          title="CSV size"
          fileName={`storage-csv-${scale}`}
          caption={`The same rows as row-oriented text, with a header line per table${
            storage.some((s) => s.csvMethod === 'estimate') ? ' (computed in SQL: COPY TO was not available)' : ', as written by COPY TO'
          }.`}
        >
          {(ref) => <BarChart svgRef={ref} tickUnit={byteUnit(Math.max(...storage.map((s) => s.csvBytes)))} items={bars((s) => s.csvBytes)} format={formatBytes} exact={exactBytes} label="CSV size per style" />}
        </ChartFrame>
      </div>
      <Table
        rowHeaders
        label={`Storage per style at scale ${scale}`}
        csv={{ fileName: `storage-${scale}` }}
        header={['Style', 'Tables', 'Rows', 'Columns', 'DuckDB bytes', 'Column data bytes', 'CSV bytes', 'CSV ÷ DuckDB']}
        rows={storage.map((s) => [
          { value: s.schema },
          { value: s.tables.length, numeric: true },
          { value: s.rows, display: formatCount(s.rows), numeric: true },
          { value: s.columns, numeric: true },
          { value: s.duckdbBytes, display: formatBytes(s.duckdbBytes), title: exactBytes(s.duckdbBytes), numeric: true },
          { value: s.dataBytes, display: formatBytes(s.dataBytes), title: exactBytes(s.dataBytes), numeric: true },
          { value: s.csvBytes, display: formatBytes(s.csvBytes), title: exactBytes(s.csvBytes), numeric: true },
          { value: s.duckdbBytes ? Number((s.csvBytes / s.duckdbBytes).toPrecision(2)) : null, numeric: true },
        ])}
      />
      {chosen && (
        <details className="compare__detail">
          <summary>Per-column compression and repetition</summary>
          <label>
            Columns of{' '}
            <select value={chosen.schema} onChange={(e) => setDetail(e.target.value)}>
              {storage.map((s) => (
                <option key={s.schema} value={s.schema}>
                  {s.schema}
                </option>
              ))}
            </select>
          </label>
          <Table
            rowHeaders
            label={`Per-column compression and repetition in ${chosen.schema}`}
            csv={{ fileName: `columns-${chosen.schema}-${scale}` }}
            header={['Column', 'Type', 'Bytes', 'Codecs', 'Distinct', 'Stored × per value']}
            rows={chosen.tables.flatMap((t) =>
              t.columns.map((c) => [
                { value: `${t.table}.${c.name}` },
                { value: c.type, display: c.type.length > 28 ? `${c.type.slice(0, 26)}…` : c.type, title: c.type },
                { value: c.bytes, display: formatBytes(c.bytes), title: exactBytes(c.bytes), numeric: true },
                { value: c.codecs.filter((k) => k.bytes > 0).map((k) => `${k.codec} ${formatBytes(k.bytes)}`).join('; ') || 'Constant' },
                { value: c.distinct, display: c.distinct === null ? 'nested' : formatCount(c.distinct), numeric: true },
                { value: c.repetition === null ? null : Math.round(c.repetition * 100) / 100, numeric: true },
              ]),
            )}
          />
        </details>
      )}
    </section>
  );
}
