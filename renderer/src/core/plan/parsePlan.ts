/**
 * Parse DuckDB's JSON plans into the studio's normalized `Plan`.
 * Accepted inputs (all seen from DuckDB 1.4 / DuckDB-Wasm 1.32):
 * - plain EXPLAIN (FORMAT JSON): an array of root nodes `{ name, children, extra_info }`;
 * - EXPLAIN (ANALYZE, FORMAT JSON): a root object (query totals) whose `children[0]` is the
 *   `EXPLAIN_ANALYZE` operator, whose child is the real plan;
 * - the raw result rows `[{ explain_key, explain_value }]` or the JSON text itself.
 */
import type { Plan, PlanNode } from './types';

/** Raised when the input is not a DuckDB JSON plan. */
export class PlanParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PlanParseError';
  }
}

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A finite number from a number or numeric string, else null. */
function num(v: unknown): number | null {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  return null;
}

/** extra_info values are strings or arrays of strings: flatten to one string per key. */
export function flattenExtraInfo(info: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!isObject(info)) return out;
  for (const [key, value] of Object.entries(info)) {
    if (Array.isArray(value)) out[key] = value.map(String).join('\n');
    else if (value !== null && value !== undefined) out[key] = String(value);
  }
  return out;
}

/** Unwrap the accepted input shapes down to the raw operator tree and the query-level object. */
function unwrap(input: unknown): { rootOp: Raw; totals: Raw | null } {
  let value = input;
  if (typeof value === 'string') {
    try {
      value = JSON.parse(value);
    } catch {
      throw new PlanParseError('The plan is not valid JSON.');
    }
  }
  if (Array.isArray(value) && value.length > 0 && isObject(value[0]) && 'explain_value' in value[0]) {
    return unwrap(value[0].explain_value);
  }
  if (Array.isArray(value)) {
    const roots = value.filter(isObject);
    if (roots.length === 0) throw new PlanParseError('The plan has no operators.');
    // Several roots are unusual; show them under one synthetic node rather than drop any.
    return { rootOp: roots.length === 1 ? roots[0] : { name: 'PLAN', children: roots }, totals: null };
  }
  if (!isObject(value)) throw new PlanParseError('The plan is not a JSON object or array.');
  const isOperator = 'operator_name' in value || 'operator_type' in value || 'name' in value;
  if (isOperator) {
    if (String(value.operator_name ?? value.name).trim() === 'EXPLAIN_ANALYZE') {
      return unwrap(Array.isArray(value.children) ? value.children : []);
    }
    return { rootOp: value, totals: null };
  }
  // Query-level object of an analyzed plan: the real tree sits under EXPLAIN_ANALYZE.
  const children = Array.isArray(value.children) ? value.children.filter(isObject) : [];
  if (children.length === 0) throw new PlanParseError('The analyzed plan has no operators.');
  let top = children[0];
  if (String(top.operator_name ?? top.name ?? '').trim() === 'EXPLAIN_ANALYZE') {
    const inner = Array.isArray(top.children) ? top.children.filter(isObject) : [];
    if (inner.length === 0) throw new PlanParseError('EXPLAIN_ANALYZE has no child operator.');
    top = inner[0];
  }
  return { rootOp: top, totals: value };
}

/** Build nodes in pre-order; times, shares and rowsIn are filled in afterwards. */
function build(raw: Raw, depth: number, nodes: PlanNode[]): PlanNode {
  const extraInfo = flattenExtraInfo(raw.extra_info);
  const node: PlanNode = {
    id: nodes.length,
    name: String(raw.operator_name ?? raw.name ?? raw.operator_type ?? '?').trim(),
    depth,
    time: num(raw.operator_timing),
    share: null,
    rows: num(raw.operator_cardinality),
    estimatedRows: num(extraInfo['Estimated Cardinality']),
    estimateFactor: null,
    estimateOff: false,
    rowsIn: null,
    resultBytes: num(raw.result_set_size),
    extraInfo,
    children: [],
  };
  nodes.push(node);
  const rawChildren = Array.isArray(raw.children) ? raw.children.filter(isObject) : [];
  node.children = rawChildren.map((c) => build(c, depth + 1, nodes));
  const scanned = num(raw.operator_rows_scanned);
  if (isScan(node.name) && scanned !== null && node.rows !== null) node.rowsIn = scanned;
  else if (node.children.length > 0 && node.children.every((c) => c.rows !== null)) {
    node.rowsIn = node.children.reduce((s, c) => s + (c.rows ?? 0), 0);
  }
  if (node.rows !== null && node.estimatedRows !== null) {
    const hi = Math.max(node.rows, node.estimatedRows);
    const lo = Math.max(1, Math.min(node.rows, node.estimatedRows));
    node.estimateFactor = hi / lo;
    node.estimateOff = node.estimateFactor >= 10;
  }
  return node;
}

/** True for operators that read a table, file or intermediate result. */
export function isScan(name: string): boolean {
  return /SCAN/.test(name) || /^READ_/.test(name);
}

/** Parse a DuckDB JSON plan (see the module comment for accepted shapes). */
export function parsePlan(input: unknown): Plan {
  const { rootOp, totals } = unwrap(input);
  const nodes: PlanNode[] = [];
  const root = build(rootOp, 0, nodes);
  const analyzed = nodes.some((n) => n.time !== null);
  const sum = nodes.reduce((s, n) => s + (n.time ?? 0), 0);
  if (analyzed) for (const n of nodes) n.share = sum > 0 && n.time !== null ? n.time / sum : n.time === null ? null : 0;
  const latency = totals ? num(totals.latency) : null;
  return {
    root,
    analyzed,
    totalTime: analyzed ? (latency !== null && latency > 0 ? latency : sum) : null,
    rows: root.rows,
    resultBytes: root.resultBytes,
    nodes,
  };
}
