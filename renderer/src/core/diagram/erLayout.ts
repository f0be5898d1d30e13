/**
 * Automatic layout of an ER model: a star with its fact table(s) at the centre and dimensions
 * around, or, for every other style, layers from referenced tables (left) to the tables that
 * reference them (right). Relationships become connectors with crow's-foot ends.
 */
import { connector, crowsFoot, longestPathLayers, normalize, r1 } from './geometry';
import type { Anchor, Box } from './geometry';
import type { ErModel, ErRelation, ErTable } from './erModel';

export const ER_HEADER = 36;
export const ER_ROW = 26;

export interface ErTableBox extends Box {
  table: ErTable;
}

export interface ErEdge {
  relation: ErRelation;
  /** Connector path from the child's FK row to the parent's key row. */
  d: string;
  /** Crow's-foot glyphs: at the child end (many/one) and at the parent end (one, mandatory or not). */
  childEnd: ReturnType<typeof crowsFoot>;
  parentEnd: ReturnType<typeof crowsFoot>;
}

export interface ErLayout {
  tables: ErTableBox[];
  edges: ErEdge[];
  width: number;
  height: number;
  /** 'star' when a fact table is present, else 'layered'. */
  mode: 'star' | 'layered';
}

export interface ErLayoutOptions {
  /** Approximate width of one character at the diagram's font size, in px. */
  charWidth?: number;
  gapX?: number;
  gapY?: number;
  margin?: number;
}

/** Box width for a table: its longest line (name and kind, or a column with its key badges), 200–380 px. */
export function tableWidth(t: ErTable, charWidth = 8.6): number {
  const longest = Math.max(t.name.length + t.kind.length + 3, ...t.columns.map((c) => c.name.length + 7));
  return Math.min(380, Math.max(200, Math.ceil(longest * charWidth + 24)));
}

/** Box height: header plus one row per column. */
export const tableHeight = (t: ErTable): number => ER_HEADER + Math.max(1, t.columns.length) * ER_ROW + 6;

/** Lay out an ER model. */
export function layoutEr(model: ErModel, options: ErLayoutOptions = {}): ErLayout {
  const { charWidth = 8.6, gapX = 130, gapY = 36, margin = 40 } = options;
  const boxes: ErTableBox[] = model.tables.map((t) => ({ table: t, x: 0, y: 0, width: tableWidth(t, charWidth), height: tableHeight(t) }));
  const byName = new Map(boxes.map((b) => [b.table.name, b]));
  const facts = boxes.filter((b) => b.table.kind === 'fact');
  const mode = facts.length > 0 ? 'star' : 'layered';
  if (mode === 'star') placeStar(boxes, facts, model, gapX, gapY);
  else placeLayered(boxes, model, gapX, gapY);
  const size = normalize(boxes, margin);
  const edges = model.relations.flatMap((rel): ErEdge[] => {
    const c = byName.get(rel.child);
    const p = byName.get(rel.parent);
    if (!c || !p) return [];
    const [ca, pa] = anchors(c, rel.childColumn, p, rel.parentColumn);
    return [{ relation: rel, d: connector(ca, pa), childEnd: crowsFoot(ca, rel.childMany, false), parentEnd: crowsFoot(pa, false, rel.parentMandatory) }];
  });
  return { tables: boxes, edges, width: size.width, height: size.height, mode };
}

/** y of a column's row centre (the header when the column is not listed). */
function rowY(b: ErTableBox, column: string): number {
  const i = b.table.columns.findIndex((c) => c.name === column);
  return b.y + (i < 0 ? ER_HEADER / 2 : ER_HEADER + i * ER_ROW + ER_ROW / 2);
}

/** Attach to facing sides; boxes in one column connect on their right sides. */
function anchors(c: ErTableBox, cCol: string, p: ErTableBox, pCol: string): [Anchor, Anchor] {
  const cCx = c.x + c.width / 2;
  const pCx = p.x + p.width / 2;
  if (Math.abs(cCx - pCx) < Math.min(c.width, p.width) / 2) {
    return [{ x: c.x + c.width, y: rowY(c, cCol), dir: 1 }, { x: p.x + p.width, y: rowY(p, pCol), dir: 1 }];
  }
  if (pCx < cCx) return [{ x: c.x, y: rowY(c, cCol), dir: -1 }, { x: p.x + p.width, y: rowY(p, pCol), dir: 1 }];
  return [{ x: c.x + c.width, y: rowY(c, cCol), dir: 1 }, { x: p.x, y: rowY(p, pCol), dir: -1 }];
}

/**
 * Facts stacked at the centre; other tables alternate left and right columns around them, in
 * the order of the fact's foreign-key rows, so the connectors do not cross.
 */
function placeStar(boxes: ErTableBox[], facts: ErTableBox[], model: ErModel, gapX: number, gapY: number): void {
  const rank = (b: ErTableBox): number => {
    let best = Number.MAX_SAFE_INTEGER;
    facts.forEach((f, fi) => {
      const i = f.table.columns.findIndex((c) => c.fk === b.table.name);
      if (i >= 0) best = Math.min(best, fi * 1000 + i);
    });
    const related = model.relations.some((r) => r.parent === b.table.name || r.child === b.table.name);
    return related ? best : Number.MAX_SAFE_INTEGER;
  };
  const others = boxes.filter((b) => b.table.kind !== 'fact');
  const position = new Map(others.map((b, i) => [b, i]));
  others.sort((a, b) => rank(a) - rank(b) || position.get(a)! - position.get(b)!);
  const left = others.filter((_, i) => i % 2 === 0);
  const right = others.filter((_, i) => i % 2 === 1);
  const colHeight = (col: ErTableBox[]): number => col.reduce((s, b) => s + b.height, 0) + Math.max(0, col.length - 1) * gapY;
  const factW = Math.max(...facts.map((f) => f.width));
  const leftW = Math.max(0, ...left.map((b) => b.width));
  const tallest = Math.max(colHeight(facts), colHeight(left), colHeight(right));
  const stack = (col: ErTableBox[], x: (b: ErTableBox) => number): void => {
    let y = (tallest - colHeight(col)) / 2;
    for (const b of col) {
      b.x = r1(x(b));
      b.y = r1(y);
      y += b.height + gapY;
    }
  };
  stack(left, (b) => leftW - b.width);
  stack(facts, (b) => leftW + gapX + (factW - b.width) / 2);
  stack(right, () => leftW + gapX + factW + gapX);
}

/** Columns by longest reference path; rows ordered by the mean row of what they reference. */
function placeLayered(boxes: ErTableBox[], model: ErModel, gapX: number, gapY: number): void {
  const ids = boxes.map((b) => b.table.name);
  const parents = (id: string): string[] => model.relations.filter((r) => r.child === id).map((r) => r.parent);
  const raw = longestPathLayers(ids, parents);
  // Data Vault: a hub's satellites go on the hub's far side, so hubs sit between their
  // satellites and their links instead of one very tall column.
  const kindOf = new Map(boxes.map((b) => [b.table.name, b.table.kind]));
  const hubSat = (id: string): boolean =>
    kindOf.get(id) === 'satellite' && parents(id).length > 0 && parents(id).every((p) => kindOf.get(p) === 'hub');
  const shift = ids.some(hubSat) ? 1 : 0;
  const layers = new Map(ids.map((id) => [id, hubSat(id) ? 0 : raw.get(id)! + shift]));
  const count = Math.max(0, ...layers.values()) + 1;
  const order = new Map<string, number>();
  let x = 0;
  const columns: ErTableBox[][] = [];
  for (let l = 0; l < count; l++) {
    const col = boxes.filter((b) => layers.get(b.table.name) === l);
    const key = (b: ErTableBox): number => {
      const ps = parents(b.table.name).map((p) => order.get(p)).filter((v): v is number => v !== undefined);
      return ps.length ? ps.reduce((s, v) => s + v, 0) / ps.length : ids.indexOf(b.table.name);
    };
    col.sort((a, b) => key(a) - key(b) || ids.indexOf(a.table.name) - ids.indexOf(b.table.name));
    col.forEach((b, i) => order.set(b.table.name, i));
    columns.push(col);
  }
  const heights = columns.map((col) => col.reduce((s, b) => s + b.height, 0) + Math.max(0, col.length - 1) * gapY);
  const tallest = Math.max(...heights);
  columns.forEach((col, l) => {
    const w = Math.max(...col.map((b) => b.width));
    let y = (tallest - heights[l]) / 2;
    for (const b of col) {
      b.x = x;
      b.y = r1(y);
      y += b.height + gapY;
    }
    x += w + gapX;
  });
}
