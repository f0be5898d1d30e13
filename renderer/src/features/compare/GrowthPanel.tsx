import { formatBytes, formatBytesSi, formatCount, formatMs } from '../../core/format/numbers';
import { GROWTH_BUDGET_MS, GROWTH_CSV_SAMPLE_ROWS, type GrowthPoint } from '../../engine/measure/growth';
import { ChartFrame } from './ChartFrame';
import { Table } from '../../components/Table';
import { LogLogChart } from './LogLogChart';

export interface GrowthPanelProps {
  points: GrowthPoint[];
  styles: string[];
}

/** Storage and median query time against scale, log-log, one line per style. */
export function GrowthPanel({ points, styles }: GrowthPanelProps) {
  const sampled = points.some((p) => Object.values(p.styles).some((g) => g.csvMethod === 'sample'));
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
      <p className="compare__note">
        Each question runs once to warm up, then up to {points[0]?.timing.runs ?? 3} times while its runs stay under {formatMs(GROWTH_BUDGET_MS)}; a question that takes
        longer is run once and that run counts.
        {sampled &&
          ` CSV sizes marked ≈ are estimated from a random sample of ${formatCount(GROWTH_CSV_SAMPLE_ROWS)} rows per large table (within about 0.1%), not written out in full.`}
      </p>
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
              { value: g?.csvBytes ?? null, display: g ? `${g.csvMethod === 'sample' ? '≈ ' : ''}${formatBytes(g.csvBytes)}` : '—', numeric: true },
              { value: g?.medianMs ?? null, display: g?.medianMs != null ? formatMs(g.medianMs) : '—', numeric: true },
            ];
          }),
        )}
      />
    </div>
  );
}
