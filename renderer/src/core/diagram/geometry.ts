/** Shared geometry for diagrams: boxes, horizontal bezier connectors and crow's-foot glyphs. */

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A point on a box side, with the outward horizontal direction (-1 left, +1 right). */
export interface Anchor {
  x: number;
  y: number;
  dir: -1 | 1;
}

/** Round to 0.1 px so paths are short and tests exact. */
export const r1 = (v: number): number => Math.round(v * 10) / 10;

/** A horizontal S-curve between two anchors, leaving each along its direction. */
export function connector(a: Anchor, b: Anchor, minBend = 40): string {
  const k = Math.max(minBend, Math.abs(b.x - a.x) / 2);
  return `M${r1(a.x)},${r1(a.y)}C${r1(a.x + a.dir * k)},${r1(a.y)} ${r1(b.x + b.dir * k)},${r1(b.y)} ${r1(b.x)},${r1(b.y)}`;
}

/**
 * Crow's-foot notation at one end of a relationship, as one SVG path (strokes only):
 * `many` draws the three-toed foot, `one` a bar; `mandatory` adds a second bar, optional a
 * small circle is drawn separately (returned as its centre) because SVG paths cannot hold one.
 */
export function crowsFoot(at: Anchor, many: boolean, mandatory: boolean): { d: string; circle: { cx: number; cy: number } | null } {
  const { x, y, dir } = at;
  const parts: string[] = [];
  if (many) {
    // Toes spread on the box side, joining 14 px out.
    const tip = x + dir * 14;
    parts.push(`M${r1(tip)},${r1(y)}L${r1(x)},${r1(y - 8)}M${r1(tip)},${r1(y)}L${r1(x)},${r1(y)}M${r1(tip)},${r1(y)}L${r1(x)},${r1(y + 8)}`);
  } else {
    const bx = x + dir * 10;
    parts.push(`M${r1(bx)},${r1(y - 8)}L${r1(bx)},${r1(y + 8)}`);
  }
  let circle: { cx: number; cy: number } | null = null;
  if (mandatory) {
    const bx = x + dir * 20;
    parts.push(`M${r1(bx)},${r1(y - 8)}L${r1(bx)},${r1(y + 8)}`);
  } else {
    circle = { cx: r1(x + dir * 25), cy: r1(y) };
  }
  return { d: parts.join(''), circle };
}

/** True when two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** Bounding size of boxes after shifting them so the top-left one starts at `margin`. */
export function normalize<T extends Box>(boxes: T[], margin: number): { width: number; height: number; dx: number; dy: number } {
  if (boxes.length === 0) return { width: 2 * margin, height: 2 * margin, dx: 0, dy: 0 };
  const minX = Math.min(...boxes.map((b) => b.x));
  const minY = Math.min(...boxes.map((b) => b.y));
  const dx = margin - minX;
  const dy = margin - minY;
  for (const b of boxes) {
    b.x = r1(b.x + dx);
    b.y = r1(b.y + dy);
  }
  return {
    width: r1(Math.max(...boxes.map((b) => b.x + b.width)) + margin),
    height: r1(Math.max(...boxes.map((b) => b.y + b.height)) + margin),
    dx,
    dy,
  };
}

/**
 * Longest-path layering of a DAG: nodes with no `deps` get layer 0, others 1 + the max of
 * their deps. Cycles (and self references) are broken by ignoring the back edge.
 */
export function longestPathLayers(ids: string[], deps: (id: string) => string[]): Map<string, number> {
  const layer = new Map<string, number>();
  const visiting = new Set<string>();
  const visit = (id: string): number => {
    const known = layer.get(id);
    if (known !== undefined) return known;
    if (visiting.has(id)) return -1;
    visiting.add(id);
    let l = 0;
    for (const d of deps(id)) if (d !== id && ids.includes(d)) l = Math.max(l, visit(d) + 1);
    visiting.delete(id);
    layer.set(id, l);
    return l;
  };
  for (const id of ids) visit(id);
  return layer;
}
