import { formatCount } from '../../core/measure/format';
import type { WriteCost } from './compareSource';
import { DataTable } from './DataTable';

export interface WriteCostPanelProps {
  writes: WriteCost[];
  styles: string[];
  scale: string;
}

/** Rows each style's statements touch per write scenario, and whether it keeps history. */
export function WriteCostPanel({ writes, styles, scale }: WriteCostPanelProps) {
  const scenarios = [...new Map(writes.map((w) => [w.scenario, w.title])).entries()];
  return (
    <section className="compare__section" aria-labelledby="cmp-writes">
      <h2 id="cmp-writes">Write cost</h2>
      <p className="compare__note">
        Rows touched by the statements each style needs (run inside a transaction that is rolled back). Styles marked “history” keep
        the old value beside the new one; the others overwrite it.
      </p>
      <DataTable
        caption={`Rows touched per write scenario at scale ${scale}`}
        fileName={`write-cost-${scale}`}
        header={['Scenario', ...styles]}
        csv={{
          header: ['scenario', 'style', 'rows_touched', 'keeps', 'statements'],
          rows: writes.map((w) => [w.scenario, w.style, w.error ? null : w.rowsTouched, w.keeps, w.statements]),
        }}
        rows={scenarios.map(([id, title]) => [
          { value: title },
          ...styles.map((s) => {
            const w = writes.find((x) => x.scenario === id && x.style === s);
            if (!w) return { value: null };
            if (w.error) return { value: `error: ${w.error}`, display: 'error', title: w.error };
            return {
              value: w.rowsTouched,
              display: w.keeps === 'history' ? `${formatCount(w.rowsTouched)} · history` : formatCount(w.rowsTouched),
              title: `${w.statements} statement(s); keeps ${w.keeps}`,
              numeric: true,
            };
          }),
        ])}
      />
    </section>
  );
}
