/**
 * The join graph of a plan: which tables are read (with the columns used) and the joins between
 * them, in the order DuckDB executes them (children before parents, left before right).
 */
import { isScan } from './parsePlan';
import type { Plan, PlanNode } from './types';

export interface JoinGraphTable {
  /** Unique per scan ("t<nodeId>"): the same table read twice appears twice. */
  id: string;
  nodeId: number;
  /** Table name (extra_info Table), or the scan operator in lower case for non-table sources. */
  name: string;
  /** Columns read: projections, then any filter columns not already listed. */
  columns: string[];
  rows: number | null;
}

export interface JoinKeyEnd {
  /** Table id the column was found in (null when it could not be resolved). */
  table: string | null;
  column: string;
}

export interface JoinKey {
  left: JoinKeyEnd;
  right: JoinKeyEnd;
  /** Comparison operator: "=", "<", ">=", … */
  op: string;
  /** The condition as DuckDB printed it. */
  text: string;
}

export interface JoinGraphJoin {
  /** 1-based execution order. */
  order: number;
  nodeId: number;
  /** Operator name, e.g. HASH_JOIN. */
  operator: string;
  /** Join type as printed by DuckDB (INNER, LEFT, SEMI, …); CROSS for cross products. */
  type: string;
  keys: JoinKey[];
  /** Table ids under the left (probe) and right (build) inputs. */
  left: string[];
  right: string[];
  rows: number | null;
}

export interface JoinGraph {
  tables: JoinGraphTable[];
  joins: JoinGraphJoin[];
}

/** True for operators that combine two inputs. */
export function isJoin(name: string): boolean {
  return /JOIN|CROSS_PRODUCT/.test(name);
}

const lines = (s: string | undefined): string[] => (s ? s.split('\n').filter((x) => x.trim() !== '') : []);

/** Strip casts and qualifiers: "CAST(o.item_id AS BIGINT)" → "item_id". */
export function bareColumn(expr: string): string {
  let e = expr.trim();
  for (let guard = 0; guard < 5; guard++) {
    const m = /^(?:TRY_)?CAST\((.*) AS [^()]*(?:\([^()]*\))?\)$/i.exec(e);
    if (!m) break;
    e = m[1].trim();
  }
  e = e.replace(/^\((.*)\)$/, '$1');
  const parts = e.split('.');
  return parts[parts.length - 1].replace(/^"(.*)"$/, '$1');
}

/** Split a condition "a = b" into its two sides and operator. */
export function splitCondition(text: string): { left: string; op: string; right: string } | null {
  const m = /^(.*?)\s*(IS NOT DISTINCT FROM|!=|<>|<=|>=|=|<|>)\s*(.*)$/.exec(text.trim());
  return m ? { left: m[1], op: m[2], right: m[3] } : null;
}

function tableOf(node: PlanNode): JoinGraphTable {
  const projections = lines(node.extraInfo.Projections);
  const filterCols = lines(node.extraInfo.Filters)
    .map((f) => /^\(*"?([A-Za-z_][\w]*)/.exec(f)?.[1])
    .filter((c): c is string => !!c);
  const columns = [...projections];
  for (const c of filterCols) if (!columns.includes(c)) columns.push(c);
  return {
    id: `t${node.id}`,
    nodeId: node.id,
    name: node.extraInfo.Table ?? node.name.toLowerCase(),
    columns,
    rows: node.rows,
  };
}

/** Tables and joins of a plan, joins in execution order. */
export function joinGraph(plan: Plan): JoinGraph {
  const tables: JoinGraphTable[] = [];
  const joins: JoinGraphJoin[] = [];
  const walk = (node: PlanNode): JoinGraphTable[] => {
    const below = node.children.map(walk);
    const under = below.flat();
    if (isScan(node.name) && node.name !== 'DUMMY_SCAN') {
      const t = tableOf(node);
      tables.push(t);
      return [...under, t];
    }
    if (isJoin(node.name) && below.length >= 2) {
      const [leftT, rightT] = [below[0], below.slice(1).flat()];
      const find = (side: JoinGraphTable[], col: string): string | null =>
        side.find((t) => t.columns.includes(col))?.id ?? (side.length === 1 ? side[0].id : null);
      const keys: JoinKey[] = lines(node.extraInfo.Conditions).flatMap((text) => {
        const c = splitCondition(text);
        if (!c) return [];
        const l = bareColumn(c.left);
        const r = bareColumn(c.right);
        return [{ left: { table: find(leftT, l), column: l }, right: { table: find(rightT, r), column: r }, op: c.op, text }];
      });
      joins.push({
        order: joins.length + 1,
        nodeId: node.id,
        operator: node.name,
        type: node.extraInfo['Join Type'] ?? (node.name === 'CROSS_PRODUCT' ? 'CROSS' : ''),
        keys,
        left: leftT.map((t) => t.id),
        right: rightT.map((t) => t.id),
        rows: node.rows,
      });
    }
    return under;
  };
  walk(plan.root);
  tables.sort((a, b) => a.nodeId - b.nodeId);
  return { tables, joins };
}

/** "order_lines, items ⋈ orders, customers": a join step labelled by the tables on each side. */
export function joinLabel(graph: JoinGraph, join: JoinGraphJoin): string {
  const name = (id: string): string => graph.tables.find((t) => t.id === id)?.name ?? id;
  return `${join.left.map(name).join(', ')} ⋈ ${join.right.map(name).join(', ')}`;
}
