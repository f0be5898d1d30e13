/**
 * Tree layout of a plan (d3-hierarchy, pure): node boxes and edge paths, edges as thick as the
 * rows they carry (actual rows when analyzed, else DuckDB's estimate). The root is at the top
 * and data flows upward, as in DuckDB's own text plans.
 */
import { hierarchy, tree } from 'd3-hierarchy';
import { scaleSqrt } from 'd3-scale';
import { linkVertical } from 'd3-shape';
import type { Plan, PlanNode } from './types';

export interface LayoutOptions {
  nodeWidth?: number;
  nodeHeight?: number;
  gapX?: number;
  gapY?: number;
  /** Ids of nodes whose children are hidden. */
  collapsed?: ReadonlySet<number>;
  /** Edge width range in px for 0 .. the plan's largest row count. */
  edgeWidth?: [number, number];
}

export interface LaidOutNode {
  node: PlanNode;
  /** Top-left corner of the node's box. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Number of descendants hidden because this node is collapsed (0 when expanded). */
  hidden: number;
}

export interface LaidOutEdge {
  /** Child (producer) and parent (consumer) ids. */
  from: number;
  to: number;
  /** SVG path from the child's top to the parent's bottom. */
  d: string;
  width: number;
  /** Rows carried (null when unknown). */
  rows: number | null;
}

export interface PlanLayout {
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
  /** Bounding box of all boxes, origin at 0,0. */
  width: number;
  height: number;
}

/** Rows an edge carries: the measured rows, else the estimate. */
export const carriedRows = (n: PlanNode): number | null => n.rows ?? n.estimatedRows;

/** Count of all descendants of a node. */
export function descendantCount(node: PlanNode): number {
  return node.children.reduce((s, c) => s + 1 + descendantCount(c), 0);
}

/** Lay out the visible part of a plan. */
export function layoutPlan(plan: Plan, options: LayoutOptions = {}): PlanLayout {
  const { nodeWidth = 220, nodeHeight = 96, gapX = 28, gapY = 56 } = options;
  const collapsed = options.collapsed ?? new Set<number>();
  const [minW, maxW] = options.edgeWidth ?? [2, 18];
  const root = hierarchy(plan.root, (n) => (collapsed.has(n.id) ? [] : n.children));
  // Equal separation for cousins: plans are narrow trees and width is what a projector lacks.
  tree<PlanNode>().nodeSize([nodeWidth + gapX, nodeHeight + gapY]).separation(() => 1)(root);
  const all = root.descendants();
  const minX = Math.min(...all.map((d) => d.x ?? 0));
  const maxRows = Math.max(1, ...plan.nodes.map((n) => carriedRows(n) ?? 0));
  const width = scaleSqrt().domain([0, maxRows]).range([minW, maxW]);
  const pos = new Map<number, { x: number; y: number }>();
  const nodes: LaidOutNode[] = all.map((d) => {
    const x = (d.x ?? 0) - minX;
    const y = d.y ?? 0;
    pos.set(d.data.id, { x, y });
    return {
      node: d.data,
      x,
      y,
      width: nodeWidth,
      height: nodeHeight,
      hidden: collapsed.has(d.data.id) ? descendantCount(d.data) : 0,
    };
  });
  const link = linkVertical<unknown, [number, number]>()
    .source((l) => (l as { s: [number, number] }).s)
    .target((l) => (l as { t: [number, number] }).t);
  const edges: LaidOutEdge[] = all
    .filter((d) => d.parent)
    .map((d) => {
      const c = pos.get(d.data.id)!;
      const p = pos.get(d.parent!.data.id)!;
      const rows = carriedRows(d.data);
      return {
        from: d.data.id,
        to: d.parent!.data.id,
        d: link({ s: [c.x + nodeWidth / 2, c.y], t: [p.x + nodeWidth / 2, p.y + nodeHeight] }) ?? '',
        width: Math.round(width(rows ?? 0) * 10) / 10,
        rows,
      };
    });
  return {
    nodes,
    edges,
    width: Math.max(...nodes.map((n) => n.x + n.width)),
    height: Math.max(...nodes.map((n) => n.y + n.height)),
  };
}

/**
 * Which nodes to collapse when a plan opens: nodes at `maxDepth` that have children, unless a
 * node to keep visible (e.g. the hottest operators) lies below them.
 */
export function defaultCollapsed(plan: Plan, maxDepth = 8, keepVisible: Iterable<number> = []): Set<number> {
  const keep = new Set(keepVisible);
  const out = new Set<number>();
  const containsKept = (n: PlanNode): boolean => keep.has(n.id) || n.children.some(containsKept);
  for (const n of plan.nodes) {
    if (n.depth === maxDepth && n.children.length > 0 && !n.children.some(containsKept)) out.add(n.id);
  }
  return out;
}
