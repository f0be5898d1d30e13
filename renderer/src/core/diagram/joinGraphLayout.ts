/**
 * Layout of a plan's join graph: tables as boxes (with the columns used) on an ellipse, joins as
 * straight edges labelled at their midpoint with the execution order, type and keys.
 */
import { normalize, r1 } from './geometry';
import type { Box } from './geometry';

/** The parts of core/plan's JoinGraph this layout needs (kept structural: core/diagram stands alone). */
export interface JoinGraphShape {
  tables: { id: string; name: string; columns: string[]; rows: number | null }[];
  joins: {
    order: number;
    type: string;
    operator: string;
    keys: { left: { table: string | null; column: string }; right: { table: string | null; column: string }; op: string }[];
    left: string[];
    right: string[];
  }[];
}

export interface JoinTableBox extends Box {
  id: string;
}

export interface JoinEdge {
  order: number;
  from: string;
  to: string;
  /** "1 · INNER" and "item_id = item_id" lines for the label. */
  title: string;
  keys: string[];
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  /** Label centre. */
  lx: number;
  ly: number;
}

export interface JoinGraphLayout {
  tables: JoinTableBox[];
  edges: JoinEdge[];
  width: number;
  height: number;
}

const HEADER = 36;
const ROW = 24;

/** Lay out a join graph. One edge per pair of tables joined by a step (keys grouped). */
export function layoutJoinGraph(graph: JoinGraphShape, charWidth = 8.6): JoinGraphLayout {
  const n = graph.tables.length;
  const boxes: JoinTableBox[] = graph.tables.map((t) => ({
    id: t.id,
    x: 0,
    y: 0,
    width: Math.max(160, Math.ceil(Math.max(t.name.length, ...t.columns.map((c) => c.length)) * charWidth + 32)),
    height: HEADER + Math.max(1, t.columns.length) * ROW + 6,
  }));
  const maxW = Math.max(0, ...boxes.map((b) => b.width));
  const maxH = Math.max(0, ...boxes.map((b) => b.height));
  // Radii large enough that neighbours on the ellipse do not touch, leaving room for labels.
  const rx = n <= 1 ? 0 : Math.max(maxW + 100, (n * (maxW + 70)) / (2 * Math.PI));
  const ry = n <= 2 ? 0 : Math.max(maxH + 50, (n * (maxH + 50)) / (2 * Math.PI));
  boxes.forEach((b, i) => {
    // Start on the left and go clockwise, so a 2-table join reads left to right.
    const a = Math.PI + (2 * Math.PI * i) / Math.max(1, n);
    b.x = r1(rx * Math.cos(a) - b.width / 2);
    b.y = r1(ry * Math.sin(a) - b.height / 2);
  });
  const size = normalize(boxes, 40);
  const byId = new Map(boxes.map((b) => [b.id, b]));
  const centre = (id: string): [number, number] => {
    const b = byId.get(id)!;
    return [b.x + b.width / 2, b.y + b.height / 2];
  };
  const edges: JoinEdge[] = [];
  for (const j of graph.joins) {
    const pairs = new Map<string, { from: string; to: string; keys: string[] }>();
    for (const k of j.keys) {
      const from = k.left.table ?? j.left[0];
      const to = k.right.table ?? j.right[0];
      if (!from || !to) continue;
      const key = `${from}|${to}`;
      if (!pairs.has(key)) pairs.set(key, { from, to, keys: [] });
      pairs.get(key)!.keys.push(`${k.left.column} ${k.op} ${k.right.column}`);
    }
    if (pairs.size === 0 && j.left[0] && j.right[0]) pairs.set('x', { from: j.left[0], to: j.right[0], keys: [] });
    for (const p of pairs.values()) {
      const [x1, y1] = centre(p.from).map(r1);
      const [x2, y2] = centre(p.to).map(r1);
      edges.push({
        order: j.order,
        from: p.from,
        to: p.to,
        title: `${j.order} · ${j.type || j.operator}`,
        keys: p.keys,
        x1, y1, x2, y2,
        lx: r1((x1 + x2) / 2),
        ly: r1((y1 + y2) / 2),
      });
    }
  }
  return { tables: boxes, edges, width: size.width, height: size.height };
}
