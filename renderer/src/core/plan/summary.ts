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

/**
 * Seconds spent inside DuckDB's operators (the sum of their own times), null when the plan was
 * not analyzed. Unlike `totalTime` it leaves out parsing, planning and handing the result over,
 * and DuckDB-Wasm reports no latency at all, so it is the one figure both engines give alike.
 */
export function operatorSeconds(plan: Plan): number | null {
  return plan.analyzed ? plan.nodes.reduce((sum, n) => sum + (n.time ?? 0), 0) : null;
}

/** Where a query's time goes, from repeated profiles of it. */
export interface ProfileFigures {
  /** Median over the profiles of `operatorSeconds`, in ms. */
  operatorsMs: number;
  /** The costliest operator of the median profile and its share, e.g. "HASH_GROUP_BY 41%". */
  hottest: string;
}

/** The figures of the median of several analyzed profiles of one query (a single one is noisy). */
export function profileFigures(plans: readonly Plan[]): ProfileFigures {
  const ranked = plans.map((plan) => ({ plan, ms: (operatorSeconds(plan) ?? 0) * 1000 })).sort((a, b) => a.ms - b.ms);
  const mid = ranked[Math.floor((ranked.length - 1) / 2)];
  const top = mid ? hottest(mid.plan, 1, 0)[0] : undefined;
  return { operatorsMs: mid?.ms ?? Number.NaN, hottest: top ? `${top.name} ${Math.round((top.share ?? 0) * 100)}%` : '' };
}
