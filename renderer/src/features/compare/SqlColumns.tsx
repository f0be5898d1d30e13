import { NOT_WRITTEN, notWrittenStarter } from '../../core/course/ownStyle';
import { sqlShape } from '../../core/measure/sqlShape';
import type { TimingReport } from '../../engine/measure/timing';
import type { CompareQuestion } from './compareSource';

export interface SqlColumnsProps {
  questions: CompareQuestion[];
  styles: string[];
  timing: TimingReport | null;
  /** Open a style's SQL in the editor. */
  onOpen?: (sql: string, title: string) => void;
  /** Open a style's SQL in the plan view. */
  onPlan?: (sql: string) => void;
  /** The tables of a style (`schema.table`), for the starter of a question not written yet. */
  tablesOf?: (style: string) => string[];
}

/** One question at a time: its SQL in every style side by side, with tables, joins and agreement. */
export function SqlColumns({ questions, styles, timing, onOpen, onPlan, tablesOf }: SqlColumnsProps) {
  return (
    <section className="compare__section" aria-labelledby="cmp-sql">
      <h2 id="cmp-sql">The SQL of each style</h2>
      {questions.map((q) => {
        const qt = timing?.questions.find((t) => t.id === q.id);
        return (
          <details key={q.id} className="sql-columns">
            <summary>
              {q.title}
              {qt && (
                <span className="sql-columns__agree">
                  {Object.values(qt.styles).every((t) => t.agrees) ? ' — all styles that answer agree ✓' : ' — some styles differ ✗'}
                </span>
              )}
            </summary>
            {q.description && <p className="compare__note">{q.description}</p>}
            <div className="sql-columns__grid">
              {styles.map((s) => {
                const sql = q.sql[s];
                const reason = q.cannotAnswer?.[s];
                if (sql === undefined && reason) {
                  return (
                    <div key={s} className="sql-columns__col">
                      <h3>{s}</h3>
                      <p className="cannot-answer">{reason === NOT_WRITTEN ? NOT_WRITTEN : `cannot answer — ${reason}`}</p>
                      {reason === NOT_WRITTEN && onOpen && (
                        <button type="button" onClick={() => onOpen(notWrittenStarter(q, s, tablesOf?.(s) ?? []), `${q.id} (${s})`)} aria-label={`Write it in the editor: ${q.title} in ${s}`}>
                          Write it in the editor
                        </button>
                      )}
                    </div>
                  );
                }
                if (sql === undefined) return null;
                const shape = sqlShape(sql, styles);
                const t = qt?.styles[s];
                return (
                  <div key={s} className="sql-columns__col">
                    <h3>
                      {s}{' '}
                      {t?.agrees === true && <span className="ok" aria-label="agrees">✓</span>}
                      {t?.agrees === false && <span className="bad" aria-label="differs" title={t.problem}>✗</span>}
                    </h3>
                    <p className="sql-columns__shape">
                      {shape.tables.length} {shape.tables.length === 1 ? 'table' : 'tables'}, {shape.joins} {shape.joins === 1 ? 'join' : 'joins'}
                      {shape.unnests > 0 ? `, ${shape.unnests} unnest` : ''}
                    </p>
                    <pre tabIndex={0} aria-label={`SQL of ${q.title} in ${s}`}>{sql.trim()}</pre>
                    {onOpen && (
                      <button type="button" onClick={() => onOpen(sql, `${q.id} (${s})`)} aria-label={`Open in editor: ${s} SQL of ${q.title}`}>
                        Open in editor
                      </button>
                    )}
                    {onPlan && (
                      <button type="button" onClick={() => onPlan(sql)} aria-label={`Plan: ${s} SQL of ${q.title}`}>
                        Plan
                      </button>
                    )}
                  </div>
                );
              })}
            </div>
          </details>
        );
      })}
    </section>
  );
}
