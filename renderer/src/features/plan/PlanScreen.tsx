/**
 * The studio's Plan view: a query's plan (EXPLAIN ANALYZE or EXPLAIN only), its join graph, and
 * a comparison of two queries' plans. The query comes from `showPlan` (usePlanRequest) or is typed here.
 */
import { useEffect, useState } from 'react';
import { usePlanRequest } from '../studio';
import { JoinGraphView } from './JoinGraphView';
import { PlanCompare } from './PlanCompare';
import { PlanView } from './PlanView';
import { usePlan } from './usePlan';
import './PlanScreen.css';

type Tab = 'plan' | 'joins' | 'compare';
const tabs: { id: Tab; label: string }[] = [
  { id: 'plan', label: 'Plan' },
  { id: 'joins', label: 'Join graph' },
  { id: 'compare', label: 'Compare two plans' },
];

export interface PlanScreenProps {
  /** Initial SQL when no plan request was made (tests, demos). */
  initialSql?: string;
}

export function PlanScreen({ initialSql = '' }: PlanScreenProps) {
  const request = usePlanRequest();
  const [tab, setTab] = useState<Tab>('plan');
  const [sql, setSql] = useState(request?.sql ?? initialSql);
  const [analyze, setAnalyze] = useState(request?.analyze ?? true);
  const [query, setQuery] = useState({ sql: request?.sql ?? null, analyze: request?.analyze ?? true, run: 0 });
  const [cmp, setCmp] = useState({ a: '', b: '', labelA: 'A', labelB: 'B' });
  const [cmpQuery, setCmpQuery] = useState({ a: null as string | null, b: null as string | null, run: 0 });

  useEffect(() => {
    if (!request) return;
    setSql(request.sql);
    setAnalyze(request.analyze);
    setTab('plan');
    setQuery((q) => ({ sql: request.sql, analyze: request.analyze, run: q.run + 1 }));
  }, [request]);

  const single = usePlan(query);
  const planA = usePlan({ sql: cmpQuery.a, analyze, run: cmpQuery.run });
  const planB = usePlan({ sql: cmpQuery.b, analyze, run: cmpQuery.run });

  return (
    <div className="plan-screen">
      <form
        className="plan-screen__form"
        onSubmit={(e) => {
          e.preventDefault();
          if (tab === 'compare') setCmpQuery((q) => ({ a: cmp.a, b: cmp.b, run: q.run + 1 }));
          else setQuery((q) => ({ sql, analyze, run: q.run + 1 }));
        }}
      >
        <div role="tablist" aria-label="Plan views" className="plan-screen__tabs">
          {tabs.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`plan-tab-${t.id}`}
              aria-selected={tab === t.id}
              aria-controls="plan-panel"
              className="plan-screen__tab"
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
        {tab !== 'compare' ? (
          <label className="plan-screen__sql">
            <span>SQL to plan</span>
            <textarea value={sql} onChange={(e) => setSql(e.target.value)} rows={3} spellCheck={false} />
          </label>
        ) : (
          <div className="plan-screen__pair">
            {(['a', 'b'] as const).map((side) => {
              const labelKey = side === 'a' ? 'labelA' : 'labelB';
              return (
                <fieldset key={side}>
                  <legend>Query {side.toUpperCase()}</legend>
                  <label>
                    <span>Name</span>
                    <input aria-label={`Name of query ${side.toUpperCase()}`} value={cmp[labelKey]} onChange={(e) => setCmp({ ...cmp, [labelKey]: e.target.value })} />
                  </label>
                  <label className="plan-screen__sql">
                    <span>SQL {side.toUpperCase()}</span>
                    <textarea value={cmp[side]} onChange={(e) => setCmp({ ...cmp, [side]: e.target.value })} rows={4} spellCheck={false} />
                  </label>
                </fieldset>
              );
            })}
          </div>
        )}
        <div className="plan-screen__actions">
          <fieldset className="plan-screen__mode">
            <legend>Mode</legend>
            <label><input type="radio" name="plan-mode" checked={analyze} onChange={() => setAnalyze(true)} /> Run and measure (EXPLAIN ANALYZE)</label>
            <label><input type="radio" name="plan-mode" checked={!analyze} onChange={() => setAnalyze(false)} /> Plan only, don't run (EXPLAIN)</label>
          </fieldset>
          <button type="submit" className="btn btn--primary">{tab === 'compare' ? 'Compare plans' : 'Show plan'}</button>
        </div>
      </form>
      <div id="plan-panel" role="tabpanel" aria-labelledby={`plan-tab-${tab}`} className="plan-screen__panel">
        {tab !== 'compare' && <Outcome loading={single.loading} error={single.error} empty={!single.plan} hint="Type a query and press Show plan, or use Plan from the editor." />}
        {tab === 'plan' && single.plan && <PlanView plan={single.plan} />}
        {tab === 'joins' && single.plan && <JoinGraphView plan={single.plan} />}
        {tab === 'compare' && (
          <>
            <Outcome loading={planA.loading || planB.loading} error={planA.error ?? planB.error} empty={!planA.plan || !planB.plan} hint="Give two queries (e.g. the same question in two styles) and press Compare plans." />
            {planA.plan && planB.plan && !planA.loading && !planB.loading && (
              <PlanCompare a={{ label: cmp.labelA || 'A', plan: planA.plan }} b={{ label: cmp.labelB || 'B', plan: planB.plan }} />
            )}
          </>
        )}
      </div>
    </div>
  );
}

function Outcome({ loading, error, empty, hint }: { loading: boolean; error: string | null; empty: boolean; hint: string }) {
  if (loading) return <p role="status">Planning…</p>;
  if (error) return <p role="alert" className="plan-screen__error">{error}</p>;
  if (empty) return <p className="plan-screen__hint">{hint}</p>;
  return null;
}

export default PlanScreen;
