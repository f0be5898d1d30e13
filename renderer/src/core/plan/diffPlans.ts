/** Compare two plans of the same question (e.g. star vs vault): what differs and by how much. */
import { joinGraph, joinLabel } from './joinGraph';
import { formatSeconds } from '../format/numbers';
import type { Plan } from './types';

export interface OperatorCount {
  name: string;
  a: number;
  b: number;
}

export interface PlanDiff {
  /** Every operator name in either plan with its count in each, sorted by name. */
  operators: OperatorCount[];
  joins: { a: number; b: number };
  /** Join steps in execution order, labelled by tables ("orders ⋈ customers"). */
  joinOrder: { a: string[]; b: string[] };
  /** Tables read (distinct names, sorted). */
  tables: { a: string[]; b: string[] };
  time: { a: number | null; b: number | null };
  rows: { a: number | null; b: number | null };
  /** Plain sentences calling out the differences, most important first. */
  notes: string[];
}

const count = (plan: Plan): Map<string, number> => {
  const m = new Map<string, number>();
  for (const n of plan.nodes) m.set(n.name, (m.get(n.name) ?? 0) + 1);
  return m;
};

/** Differences between plan A and plan B; `labels` name them in the notes. */
export function diffPlans(a: Plan, b: Plan, labels: [string, string] = ['A', 'B']): PlanDiff {
  const [la, lb] = labels;
  const ca = count(a);
  const cb = count(b);
  const names = [...new Set([...ca.keys(), ...cb.keys()])].sort();
  const operators = names.map((name) => ({ name, a: ca.get(name) ?? 0, b: cb.get(name) ?? 0 }));
  const ga = joinGraph(a);
  const gb = joinGraph(b);
  const tableNames = (g: typeof ga): string[] => [...new Set(g.tables.map((t) => t.name))].sort();
  const diff: PlanDiff = {
    operators,
    joins: { a: ga.joins.length, b: gb.joins.length },
    joinOrder: { a: ga.joins.map((j) => joinLabel(ga, j)), b: gb.joins.map((j) => joinLabel(gb, j)) },
    tables: { a: tableNames(ga), b: tableNames(gb) },
    time: { a: a.totalTime, b: b.totalTime },
    rows: { a: a.rows, b: b.rows },
    notes: [],
  };
  const notes = diff.notes;
  const ta = a.totalTime;
  const tb = b.totalTime;
  if (ta !== null && tb !== null && ta > 0 && tb > 0) {
    const [fast, slow, ratio] = ta <= tb ? [la, lb, tb / ta] : [lb, la, ta / tb];
    notes.push(ratio < 1.1
      ? `Both take about the same time (${formatSeconds(ta)} vs ${formatSeconds(tb)}).`
      : `${fast} is ${ratio.toFixed(1)}× faster than ${slow} (${formatSeconds(ta)} vs ${formatSeconds(tb)}).`);
  }
  if (diff.joins.a !== diff.joins.b) {
    notes.push(`${la} joins ${diff.joins.a} time${diff.joins.a === 1 ? '' : 's'}, ${lb} ${diff.joins.b} time${diff.joins.b === 1 ? '' : 's'}.`);
  } else if (diff.joins.a > 0 && diff.joinOrder.a.join('|') !== diff.joinOrder.b.join('|')) {
    notes.push(`Both join ${diff.joins.a} time${diff.joins.a === 1 ? '' : 's'}, in a different order.`);
  }
  const onlyA = operators.filter((o) => o.a > 0 && o.b === 0).map((o) => o.name);
  const onlyB = operators.filter((o) => o.b > 0 && o.a === 0).map((o) => o.name);
  if (onlyA.length) notes.push(`Only ${la} uses ${onlyA.join(', ')}.`);
  if (onlyB.length) notes.push(`Only ${lb} uses ${onlyB.join(', ')}.`);
  if (diff.tables.a.join() !== diff.tables.b.join()) {
    notes.push(`${la} reads ${diff.tables.a.length} table${diff.tables.a.length === 1 ? '' : 's'}, ${lb} reads ${diff.tables.b.length}.`);
  }
  if (a.rows !== null && b.rows !== null && a.rows !== b.rows) {
    notes.push(`They return different row counts (${a.rows} vs ${b.rows}).`);
  }
  if (notes.length === 0) notes.push('The two plans have the same shape.');
  return diff;
}
