/** One-line summaries and the costliest operators of a plan. */
import { formatBytes, formatCount, formatSeconds } from '../format/numbers';
import type { Plan, PlanNode } from './types';

/** "Total 12.3 ms · 150,000 rows · result 5.4 MB · 8 operators" (estimates only when not analyzed). */
export function planSummary(plan: Plan): string {
  const ops = `${plan.nodes.length} operator${plan.nodes.length === 1 ? '' : 's'}`;
  if (!plan.analyzed) {
    const est = plan.root.estimatedRows;
    return `Not run (EXPLAIN only) · ${est === null ? 'rows unknown' : `~${formatCount(est)} rows estimated`} · ${ops}`;
  }
  return `Total ${formatSeconds(plan.totalTime)} · ${formatCount(plan.rows)} rows · result ${formatBytes(plan.resultBytes)} · ${ops}`;
}

/**
 * The costliest operators by own time, most expensive first: at most `count`, and only those
 * taking at least `minShare` of the total (so a plan with one hot spot shows one).
 */
export function hottest(plan: Plan, count = 3, minShare = 0.1): PlanNode[] {
  return plan.nodes
    .filter((n) => n.time !== null && (n.share ?? 0) >= minShare)
    .sort((a, b) => (b.time ?? 0) - (a.time ?? 0) || a.id - b.id)
    .slice(0, count);
}

/** Nodes whose estimate is off by ×10 or more. */
export function misestimates(plan: Plan): PlanNode[] {
  return plan.nodes.filter((n) => n.estimateOff);
}
