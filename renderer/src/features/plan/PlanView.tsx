/**
 * The plan of one query: a one-line summary, the hottest operators, the tree, and the details of
 * the operator under the pointer (or the selected one) in a side panel.
 */
import { useEffect, useMemo, useState } from 'react';
import { formatSeconds, formatShare } from '../../core/format/numbers';
import { hottest, misestimates, planSummary } from '../../core/plan/summary';
import type { Plan } from '../../core/plan/types';
import { PlanDetails } from './PlanDetails';
import { PlanTree } from './PlanTree';
import './PlanView.css';

export interface PlanViewProps {
  plan: Plan;
  /** Accessible name of the tree, e.g. "Plan of the query". */
  title?: string;
  /** Show the details panel (false in narrow side-by-side comparisons). */
  details?: boolean;
}

export function PlanView({ plan, title = 'Query plan', details = true }: PlanViewProps) {
  const hot = useMemo(() => hottest(plan), [plan]);
  const [selected, setSelected] = useState<number | null>(hot[0]?.id ?? plan.root.id);
  const [hovered, setHovered] = useState<number | null>(null);
  // A new plan opens on its hottest operator.
  useEffect(() => {
    setSelected(hot[0]?.id ?? plan.root.id);
    setHovered(null);
  }, [plan, hot]);
  const shown = plan.nodes[hovered ?? selected ?? 0] ?? null;
  const flags = misestimates(plan).length;
  return (
    <div className="plan-view">
      <p className="plan-view__summary" role="status">
        {planSummary(plan)}
        {flags > 0 && <span className="plan-view__flags"> · ⚠ {flags} estimate{flags === 1 ? '' : 's'} off by ×10 or more</span>}
      </p>
      {hot.length > 0 && (
        <div className="plan-view__hot" role="group" aria-label="Hottest operators">
          <span>Hottest:</span>
          {hot.map((n) => (
            <button key={n.id} type="button" className="btn plan-view__hot-btn" aria-pressed={selected === n.id} onClick={() => setSelected(n.id)}>
              {n.name} · {formatSeconds(n.time)} · {formatShare(n.share)}
            </button>
          ))}
        </div>
      )}
      <div className="plan-view__body">
        <PlanTree
          key={plan.nodes.length + ':' + plan.totalTime}
          plan={plan}
          title={title}
          hotIds={hot.map((n) => n.id)}
          selectedId={selected}
          onSelect={setSelected}
          onHover={setHovered}
        />
        {details && <PlanDetails node={shown} />}
      </div>
    </div>
  );
}
