/**
 * Two plans side by side (e.g. the same question in two styles), with what differs called out:
 * time, join count and order, operators used, tables read.
 */
import { useMemo } from 'react';
import { Table } from '../../components/Table';
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
  const steps = Array.from({ length: longest }, (_, i) => i);
  return (
    <div className="plan-compare">
      <section className="plan-compare__diff" aria-label="Differences">
        <h2>Differences</h2>
        <ul className="plan-compare__notes">
          {diff.notes.map((n) => <li key={n}>{n}</li>)}
        </ul>
        <div className="plan-compare__tables">
          <Table
            variant="grid"
            rowHeaders
            label="Operators"
            header={['Operator', a.label, b.label]}
            rows={diff.operators.map((o) => [{ value: o.name }, { value: o.a }, { value: o.b }])}
            marked={diff.operators.map((o) => o.a !== o.b)}
          />
          {longest > 0 && (
            <Table
              variant="grid"
              rowHeaders
              label="Join order"
              header={['Step', a.label, b.label]}
              rows={steps.map((i) => [{ value: i + 1 }, { value: diff.joinOrder.a[i] ?? '—' }, { value: diff.joinOrder.b[i] ?? '—' }])}
              marked={steps.map((i) => diff.joinOrder.a[i] !== diff.joinOrder.b[i])}
            />
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
