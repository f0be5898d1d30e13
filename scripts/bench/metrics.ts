/** A benchmark figure with its target, as printed by `npm run bench`. */
export interface Metric {
  name: string;
  /** The median of the runs. */
  value: number;
  unit: string;
  /** Fewest and most of the runs (equal to `value` for a single run). */
  min: number;
  max: number;
  runs: number;
  /** Human-readable target, e.g. "<= 1.5"; absent when the figure is informative only. */
  target?: string;
  /** Whether the value meets the target (undefined when there is no target). */
  ok?: boolean;
  /** Why the figure is missing or what it means, when a number alone would mislead. */
  note?: string;
}

function summary(name: string, values: number[], unit: string): Metric {
  const finite = values.filter((v) => Number.isFinite(v));
  return { name, value: round(median(finite)), unit, min: round(Math.min(...finite)), max: round(Math.max(...finite)), runs: finite.length };
}

/** A metric whose target is an upper bound, over the runs' values (the median is compared). */
export function atMost(name: string, values: number | number[], unit: string, limit: number): Metric {
  const m = summary(name, typeof values === 'number' ? [values] : values, unit);
  return { ...m, target: `<= ${limit}`, ok: m.value <= limit };
}

/** A metric with no target. */
export function info(name: string, values: number | number[], unit: string): Metric {
  return summary(name, typeof values === 'number' ? [values] : values, unit);
}

/** A row that could not be measured, with the reason. */
export function missing(name: string, unit: string, note: string, limit?: number): Metric {
  return { name, value: Number.NaN, unit, min: Number.NaN, max: Number.NaN, runs: 0, note, ...(limit === undefined ? {} : { target: `<= ${limit}`, ok: false }) };
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

/** The table `npm run bench` prints: median (min–max, runs), target, verdict, note. */
export function formatTable(metrics: Metric[]): string {
  const rows = metrics.map((m) => [
    m.name,
    m.runs === 0 ? '—' : `${m.value} ${m.unit}`,
    m.runs > 1 ? `${m.min}–${m.max} (${m.runs})` : '',
    m.target ? `${m.target} ${m.unit}` : '',
    m.ok === undefined ? '' : m.ok ? 'ok' : 'MISSED',
    m.note ?? '',
  ]);
  const header = ['metric', 'median', 'min–max (runs)', 'target', '', 'note'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}
