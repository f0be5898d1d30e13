import { formatCount } from '../../core/format/numbers';
import type { CompareQuestion, WriteCost } from './compareSource';
import { Table } from '../../components/Table';

export interface WriteCostPanelProps {
  writes: WriteCost[];
  styles: string[];
  scale: string;
  /** For the titles of the questions a write changed. */
  questions?: CompareQuestion[];
}

/**
 * Rows each style's statements touch per write scenario, whether it keeps history, and which
 * questions' answers the write changed in each style (a restated past or a kept one).
 */
export function WriteCostPanel({ writes, styles, scale, questions = [] }: WriteCostPanelProps) {
  const scenarios = [...new Map(writes.map((w) => [w.scenario, w.title])).entries()];
  const titleOf = new Map(questions.map((q) => [q.id, q.title]));
  return (
    <section className="compare__section" aria-labelledby="cmp-writes">
      <h2 id="cmp-writes">Write cost</h2>
      <p className="compare__note">
        Rows touched by the statements each style needs (run inside a transaction that is rolled back). Styles marked “history” keep
        the old value beside the new one; the others overwrite it.
      </p>
      <Table
        rowHeaders
        label={`Rows touched per write scenario at scale ${scale}`}
        header={['Scenario', ...styles]}
        csv={{
          fileName: `write-cost-${scale}`,
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
      <p className="compare__note">
        After each write, before the rollback, every question runs again in that style: the table lists the answers the write changed. A
        price change that alters last year’s revenue has restated history; one that changes only “today’s list price” has kept it.
      </p>
      <Table
        rowHeaders
        label={`Answers changed by each write at scale ${scale}`}
        header={['Scenario', ...styles]}
        csv={{
          fileName: `answers-changed-${scale}`,
          header: ['scenario', 'style', 'questions_changed'],
          rows: writes.map((w) => [w.scenario, w.style, (w.questionsChanged ?? []).join(' ')]),
        }}
        rows={scenarios.map(([id, title]) => [
          { value: title },
          ...styles.map((s) => {
            const w = writes.find((x) => x.scenario === id && x.style === s);
            if (!w || w.error) return { value: null, display: '—' };
            if (w.statements === 0) return { value: '', display: 'nothing written' };
            const changed = w.questionsChanged ?? [];
            if (changed.length === 0) return { value: '', display: 'none' };
            return {
              value: changed.join(' '),
              display: (
                <ul className="compare__changed">
                  {changed.map((q) => <li key={q}>{titleOf.get(q) ?? q}</li>)}
                </ul>
              ),
            };
          }),
        ])}
      />
    </section>
  );
}
