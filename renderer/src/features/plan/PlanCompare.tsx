/**
 * Two plans side by side (e.g. the same question in two styles), with what differs called out:
 * time, join count and order, operators used, tables read.
 */
import { useMemo } from 'react';
import { diffPlans } from '../../core/plan/diffPlans';
import type { Plan } from '../../core/plan/types';
import { PlanView } from './PlanView';
import './PlanCompare.css';

export interface PlanCompareProps {
  a: { label: string; plan: Plan };
  b: { label: string; plan: Plan };
}

export function PlanCompare({ a, b }: PlanCompareProps) {
  const diff = useMemo(() => diffPlans(a.plan, b.plan, [a.label, b.label]), [a, b]);
  const longest = Math.max(diff.joinOrder.a.length, diff.joinOrder.b.length);
  return (
    <div className="plan-compare">
      <section className="plan-compare__diff" aria-label="Differences">
        <h2>Differences</h2>
        <ul className="plan-compare__notes">
          {diff.notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
        <div className="plan-compare__tables">
          <table>
            <caption>Operators</caption>
            <thead>
              <tr><th scope="col">Operator</th><th scope="col">{a.label}</th><th scope="col">{b.label}</th></tr>
            </thead>
            <tbody>
              {diff.operators.map((o) => (
                <tr key={o.name} className={o.a !== o.b ? 'plan-compare__changed' : ''}>
                  <th scope="row">{o.name}</th><td>{o.a}</td><td>{o.b}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {longest > 0 && (
            <table>
              <caption>Join order</caption>
              <thead>
                <tr><th scope="col">Step</th><th scope="col">{a.label}</th><th scope="col">{b.label}</th></tr>
              </thead>
              <tbody>
                {Array.from({ length: longest }, (_, i) => (
                  <tr key={i} className={diff.joinOrder.a[i] !== diff.joinOrder.b[i] ? 'plan-compare__changed' : ''}>
                    <th scope="row">{i + 1}</th><td>{diff.joinOrder.a[i] ?? '—'}</td><td>{diff.joinOrder.b[i] ?? '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </div>
      </section>
      <div className="plan-compare__side">
        <section aria-label={`Plan ${a.label}`}>
          <h2>{a.label}</h2>
          <PlanView plan={a.plan} title={`Plan of ${a.label}`} details={false} />
        </section>
        <section aria-label={`Plan ${b.label}`}>
          <h2>{b.label}</h2>
          <PlanView plan={b.plan} title={`Plan of ${b.label}`} details={false} />
        </section>
      </div>
    </div>
  );
}
