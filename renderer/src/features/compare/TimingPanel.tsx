import { formatMs } from '../../core/format/numbers';
import { compareTimings } from '../../core/measure/stats';
import type { QuestionTiming, TimingReport } from '../../engine/measure/timing';
import { ChartFrame } from './ChartFrame';
import { Table, type TableCell } from '../../components/Table';
import { RangeChart } from './RangeChart';

export interface TimingPanelProps {
  timing: TimingReport;
  styles: string[];
  scale: string;
  /** Per question id, the styles that cannot answer it and why. */
  cannotAnswer?: Record<string, Record<string, string>>;
}

const round = (v: number) => Math.round(v * 1000) / 1000;

/** One table cell: median, a note when it is inside the noise of the fastest, and agreement. */
function cell(q: QuestionTiming, style: string, reason: string | undefined): TableCell {
  const t = q.styles[style];
  if (!t && reason) return { value: 'cannot answer', display: <span className="cannot-answer">cannot answer — {reason}</span>, title: reason };
  if (!t) return { value: null, display: '—' };
  if (t.error || !t.summary) return { value: 'error', display: <span className="bad">error</span>, title: t.error };
  const sums = Object.values(q.styles).flatMap((x) => (x.summary ? [x.summary] : []));
  const fastest = sums.reduce((a, b) => (b.median < a.median ? b : a));
  const near = t.summary !== fastest && compareTimings(t.summary, fastest) === 'same';
  const mark = t.agrees === true ? <span className="ok" aria-label="agrees"> ✓</span> : t.agrees === false ? <span className="bad" aria-label="differs"> ✗</span> : null;
  return {
    value: round(t.summary.median),
    numeric: true,
    title: `median ${formatMs(t.summary.median)}, min ${formatMs(t.summary.min)}, max ${formatMs(t.summary.max)}, ${t.summary.runs} runs${t.problem ? ` — differs: ${t.problem}` : ''}`,
    display: (
      <>
        <span className={t.summary === fastest ? 'fastest' : undefined}>{formatMs(t.summary.median)}</span>
        {near && <span className="near" title="inside the noise of the fastest"> ≈</span>}
        {mark}
      </>
    ),
  };
}

/** Query time per question per style (median bar, min–max whisker) and the table of figures. */
export function TimingPanel({ timing, styles, scale, cannotAnswer = {} }: TimingPanelProps) {
  const rows = timing.questions.flatMap((q) =>
    styles.flatMap((s) => {
      const t = q.styles[s]?.summary;
      return t ? [{ group: q.id, series: s, median: t.median, min: t.min, max: t.max }] : [];
    }),
  );
  const groups = timing.questions.map((q) => ({ id: q.id, label: q.title }));
  const agreeing = timing.questions.filter((q) => Object.values(q.styles).every((t) => t.agrees)).length;
  return (
    <section className="compare__section" aria-labelledby="cmp-time">
      <h2 id="cmp-time">Query time</h2>
      <p className="compare__note">
        {timing.runs} runs after {timing.warmup} warm-up, interleaved across styles. Bar: median; whisker: min to max. In the table, bold is
        the fastest style and “≈” marks a time inside the noise of the fastest. {agreeing} of {timing.questions.length} questions give the
        same answer in every style that can answer them; a style that keeps no history says “cannot answer” to a question about the past.
      </p>
      <Table
        rowHeaders
        label={`Median query time per question and style at scale ${scale}; ✓ same answer as the first style that answers`}
        header={['Question', ...styles]}
        rows={timing.questions.map((q) => [{ value: q.title }, ...styles.map((s) => cell(q, s, cannotAnswer[q.id]?.[s]))])}
        csv={{
          fileName: `query-time-${scale}`,
          header: ['question', 'style', 'median_ms', 'min_ms', 'max_ms', 'runs', 'rows', 'agrees'],
          rows: timing.questions.flatMap((q) =>
            styles.map((s) => {
              const t = q.styles[s];
              const sum = t?.summary;
              return [q.id, s, sum ? round(sum.median) : null, sum ? round(sum.min) : null, sum ? round(sum.max) : null, sum?.runs ?? 0, t?.rowCount ?? null, t?.agrees ?? null];
            }),
          ),
        }}
      />
      <ChartFrame title="Query time per question" fileName={`query-time-${scale}`} caption="Median per style, with the spread of the runs.">
        {(ref) => (
          <RangeChart svgRef={ref} rows={rows} groups={groups} series={styles} format={formatMs} label="Query time per question and style: median bars with min–max whiskers" />
        )}
      </ChartFrame>
    </section>
  );
}
