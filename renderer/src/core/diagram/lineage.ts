/**
 * Lineage as a DAG: source tables → style tables, from the pack's dependency graph (which table's
 * SELECT reads which). Layers go left to right by longest path from the sources.
 */
import { connector, longestPathLayers, normalize, r1 } from './geometry';
import type { Box } from './geometry';

/** A built table and the qualified tables its SELECT reads ("source.orders", "nf3.items"). */
export interface LineageInput {
  /** Qualified name, "schema.table". */
  id: string;
  reads: string[];
}

export interface LineageNode extends Box {
  id: string;
  schema: string;
  table: string;
  layer: number;
  /** True for tables that no input builds (the generated source). */
  external: boolean;
  /** False for tables shown only because a table in the chosen schemas reads them. */
  inScope: boolean;
}

export interface LineageEdge {
  from: string;
  to: string;
  d: string;
}

export interface LineageLayout {
  nodes: LineageNode[];
  edges: LineageEdge[];
  width: number;
  height: number;
}

const split = (id: string): [string, string] => {
  const i = id.indexOf('.');
  return i < 0 ? ['', id] : [id.slice(0, i), id.slice(i + 1)];
};

/** Lay out the lineage DAG; `schemas` limits it to tables of these schemas and what they read. */
export function layoutLineage(inputs: LineageInput[], options: { schemas?: string[]; charWidth?: number; gapX?: number; gapY?: number } = {}): LineageLayout {
  const { charWidth = 8.6, gapX = 110, gapY = 18 } = options;
  const wanted = options.schemas ? inputs.filter((t) => options.schemas!.includes(split(t.id)[0])) : inputs;
  const built = new Map(wanted.map((t) => [t.id, t.reads]));
  const all = new Set(inputs.map((t) => t.id));
  const ids = [...new Set([...wanted.flatMap((t) => t.reads), ...wanted.map((t) => t.id)])];
  const layers = longestPathLayers(ids, (id) => built.get(id) ?? []);
  const nodes: LineageNode[] = ids.map((id) => {
    const [schema, table] = split(id);
    return {
      id, schema, table,
      layer: layers.get(id) ?? 0,
      external: !all.has(id),
      inScope: built.has(id),
      x: 0, y: 0,
      width: Math.max(170, Math.ceil(Math.max(table.length, schema.length) * charWidth + 28)),
      height: 52,
    };
  });
  const count = Math.max(0, ...nodes.map((n) => n.layer)) + 1;
  let x = 0;
  const order = new Map<string, number>();
  for (let l = 0; l < count; l++) {
    const col = nodes.filter((n) => n.layer === l);
    // Order by the mean row of what a node reads, then by name: fewer crossings, stable output.
    const key = (n: LineageNode): number => {
      const rs = (built.get(n.id) ?? []).map((r) => order.get(r)).filter((v): v is number => v !== undefined);
      return rs.length ? rs.reduce((s, v) => s + v, 0) / rs.length : 0;
    };
    col.sort((a, b) => key(a) - key(b) || a.id.localeCompare(b.id));
    col.forEach((n, i) => {
      order.set(n.id, i);
      n.x = x;
      n.y = r1(i * (n.height + gapY));
    });
    x += Math.max(...col.map((n) => n.width)) + gapX;
  }
  const size = normalize(nodes, 30);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const edges: LineageEdge[] = wanted.flatMap((t) =>
    t.reads.filter((r) => byId.has(r) && r !== t.id).map((r) => {
      const a = byId.get(r)!;
      const b = byId.get(t.id)!;
      return {
        from: r,
        to: t.id,
        d: connector({ x: a.x + a.width, y: a.y + a.height / 2, dir: 1 }, { x: b.x, y: b.y + b.height / 2, dir: -1 }),
      };
    }),
  );
  return { nodes, edges, width: size.width, height: size.height };
}
