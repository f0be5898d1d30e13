import { formatBytes, formatBytesSi, formatCount, formatMs } from '../../core/format/numbers';
import type { GrowthPoint } from '../../engine/measure/growth';
import { ChartFrame } from './ChartFrame';
import { Table } from '../../components/Table';
import { LogLogChart } from './LogLogChart';

export interface GrowthPanelProps {
  points: GrowthPoint[];
  styles: string[];
}

/** Storage and median query time against scale, log-log, one line per style. */
export function GrowthPanel({ points, styles }: GrowthPanelProps) {
  const series = (pick: (p: GrowthPoint, s: string) => number | null | undefined) =>
    styles.map((s) => ({ series: s, points: points.flatMap((p) => { const y = pick(p, s); return y ? [{ x: p.orders, y }] : []; }) }));
  return (
    <div className="compare__charts">
      <ChartFrame title="Storage growth" fileName="growth-storage" caption="DuckDB file bytes against orders, log-log.">
        {(ref) => (
          <LogLogChart svgRef={ref} series={series((p, s) => p.styles[s]?.duckdbBytes)} formatX={formatCount} formatY={formatBytesSi} xLabel="orders" yLabel="DuckDB file size" label="DuckDB file bytes against number of orders, per style, log-log" />
        )}
      </ChartFrame>
      <ChartFrame title="Query time growth" fileName="growth-time" caption="Median over questions of each question's median time, log-log.">
        {(ref) => (
          <LogLogChart svgRef={ref} series={series((p, s) => p.styles[s]?.medianMs)} formatX={formatCount} formatY={formatMs} xLabel="orders" yLabel="median ms" label="Median question time against number of orders, per style, log-log" />
        )}
      </ChartFrame>
      <Table
        rowHeaders
        label="Growth: storage and median question time per scale"
        csv={{ fileName: 'growth' }}
        header={['Orders', 'Style', 'Rows', 'DuckDB bytes', 'CSV bytes', 'Median question ms']}
        rows={points.flatMap((p) =>
          styles.map((s) => {
            const g = p.styles[s];
            return [
              { value: p.orders, display: formatCount(p.orders) },
              { value: s },
              { value: g?.rows ?? null, numeric: true },
              { value: g?.duckdbBytes ?? null, display: g ? formatBytes(g.duckdbBytes) : '—', numeric: true },
              { value: g?.csvBytes ?? null, display: g ? formatBytes(g.csvBytes) : '—', numeric: true },
              { value: g?.medianMs ?? null, display: g?.medianMs != null ? formatMs(g.medianMs) : '—', numeric: true },
            ];
          }),
        )}
      />
    </div>
  );
}
