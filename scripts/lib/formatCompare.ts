/**
 * The output of `npm run compare`: the JSON shape that other tools read and a plain-text table of the same
 * figures. Pure, so it is unit-tested without an engine.
 */
import type { BuildReport, QuestionReport, WriteReport } from '../../renderer/src/engine/pack/reports';

export interface CompareJson {
  pack: string;
  scale: string;
  seed: number;
  source_ms: number;
  total_ms: number;
  styles: {
    name: string; tables: { name: string; rows: number }[]; build_ms: number; tests_ms: number;
    tests: { passed: number; failed: number; expected_failures: number };
    /** Tests that failed as their schema.yml says they should (each teaches an anomaly), labelled with why. */
    expected_failures: { table: string; test: string; failures: number; why: string }[];
    /** Tests that failed unexpectedly (or expected failures that passed). */
    failed_tests: { table: string; test: string; failures: number; message?: string }[];
  }[];
  /** `cannot_answer` lists the styles that cannot answer; `agree` is among the others. */
  questions: { id: string; title: string; agree: boolean; as_of: boolean; cannot_answer: string[]; cannot_answer_reasons: Record<string, string>; ms: Record<string, number>; difference?: string }[];
  writes: { id: string; rows_touched: Record<string, number>; questions_changed: Record<string, string[]> }[];
}

export function compareJson(build: BuildReport, questions: QuestionReport[], writes: WriteReport[]): CompareJson {
  return {
    pack: build.pack,
    scale: build.scale,
    seed: build.seed,
    source_ms: build.source.ms,
    total_ms: build.total_ms,
    styles: build.styles.map((s) => ({
      name: s.name, tables: s.tables.map((t) => ({ name: t.name, rows: t.rows })), build_ms: s.build_ms, tests_ms: s.tests_ms, tests: s.tests,
      expected_failures: s.expectedFailures.map((f) => ({ table: f.table, test: f.name, failures: f.failures, why: f.why })),
      failed_tests: s.failedTests.map((f) => ({ table: f.table, test: f.name, failures: f.failures, ...(f.message ? { message: f.message } : {}) })),
    })),
    questions: questions.map((q) => ({
      id: q.id, title: q.title, agree: q.agree, as_of: q.as_of,
      cannot_answer: Object.keys(q.cannotAnswer), cannot_answer_reasons: q.cannotAnswer, ms: q.ms,
      ...(q.difference ? { difference: `${q.difference.style} differs from ${q.difference.reference}: ${q.difference.message}` } : {}),
    })),
    writes: writes.map((w) => ({ id: w.id, rows_touched: w.rows_touched, questions_changed: w.questions_changed })),
  };
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const fmt = (n: number): string => (Number.isNaN(n) ? '-' : n >= 100 ? String(Math.round(n)) : n.toFixed(1));

/** Human-readable report: styles and their tests, questions (ms per style, n/a where a style cannot answer), writes (rows touched, answers changed). */
export function compareText(json: CompareJson): string {
  const styles = json.styles.map((s) => s.name);
  const out: string[] = [];
  out.push(`${json.pack} at ${json.scale}${json.seed ? ` (seed ${json.seed})` : ''}: source ${fmt(json.source_ms)} ms, everything ${fmt(json.total_ms)} ms`, '');
  out.push(table(['style', 'tables', 'rows', 'build ms', 'tests', 'tests ms'], json.styles.map((s) => [
    s.name, String(s.tables.length), String(s.tables.reduce((n, t) => n + t.rows, 0)), fmt(s.build_ms),
    [`${s.tests.passed} ok`, s.tests.expected_failures ? `${s.tests.expected_failures} expected to fail` : '', s.tests.failed ? `${s.tests.failed} FAILED` : ''].filter(Boolean).join(', '),
    fmt(s.tests_ms),
  ])));
  for (const s of json.styles) {
    for (const f of s.expected_failures) out.push(`  ${s.name}.${f.table}: ${f.test} fails as expected (${f.failures} rows): ${f.why}`);
    for (const f of s.failed_tests) out.push(`  ${s.name}.${f.table}: ${f.test} FAILED (${f.failures} rows)${f.message ? `: ${f.message}` : ''}`);
  }
  out.push('', table(['question (ms)', ...styles, 'agree'], json.questions.map((q) => [
    q.id, ...styles.map((s) => (q.cannot_answer.includes(s) ? 'n/a' : fmt(q.ms[s] ?? Number.NaN))), q.agree ? 'yes' : 'NO',
  ])));
  for (const q of json.questions.filter((x) => x.difference)) out.push(`  ${q.id}: ${q.difference}`);
  for (const q of json.questions) {
    for (const s of q.cannot_answer) out.push(`  ${q.id}: ${s} cannot answer — ${q.cannot_answer_reasons[s]}`);
  }
  out.push('', table(['write (rows touched)', ...styles], json.writes.map((w) => [w.id, ...styles.map((s) => String(w.rows_touched[s] ?? 0))])));
  for (const w of json.writes) {
    for (const s of styles) if (w.questions_changed[s]?.length) out.push(`  ${w.id} changes in ${s}: ${w.questions_changed[s]!.join(', ')}`);
  }
  return out.join('\n');
}
