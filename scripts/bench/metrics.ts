/** A benchmark figure with its target, as printed by `npm run bench`. */
export interface Metric {
  name: string;
  value: number;
  unit: string;
  /** Human-readable target, e.g. "<= 1.5"; absent when the figure is informative only. */
  target?: string;
  /** Whether the value meets the target (undefined when there is no target). */
  ok?: boolean;
}

/** A metric whose target is an upper bound. */
export function atMost(name: string, value: number, unit: string, limit: number): Metric {
  return { name, value: round(value), unit, target: `<= ${limit}`, ok: value <= limit };
}

/** A metric with no target. */
export function info(name: string, value: number, unit: string): Metric {
  return { name, value: round(value), unit };
}

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** The table `npm run bench` prints. */
export function formatTable(metrics: Metric[]): string {
  const rows = metrics.map((m) => [m.name, `${m.value} ${m.unit}`, m.target ? `${m.target} ${m.unit}` : '', m.ok === undefined ? '' : m.ok ? 'ok' : 'MISSED']);
  const header = ['metric', 'value', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
