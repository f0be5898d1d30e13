/**
 * Every piece of a pack's SQL — generators, style tables, questions, write scenarios — through
 * the content gate, so a changed or downloaded pack cannot reach the host. The runner calls it
 * before it runs anything of a pack.
 */
import { checkContentSql, type ContentRefusal } from '../sqlText/contentGate';
import type { Pack } from './loadPack';
import { PackError } from './packError';

/** Each file of `pack` whose SQL the gate refuses, with its reasons (empty: all may run). */
export function packSqlRefusals(pack: Pack): { file: string; refusals: ContentRefusal[] }[] {
  const pieces: { file: string; label: string; sql: string }[] = [
    ...Object.entries(pack.generators).map(([file, sql]) => ({ file, label: '', sql })),
    ...pack.tables.map((t) => ({ file: t.file, label: '', sql: t.sql })),
    ...pack.questions.flatMap((q) => Object.entries(q.sql).map(([style, sql]) => ({ file: q.file, label: `sql.${style}: `, sql }))),
    ...pack.writes.flatMap((w) => Object.entries(w.sql).flatMap(([style, list]) => list.map((sql, i) => ({ file: w.file, label: `sql.${style}[${i}]: `, sql })))),
  ];
  const byFile = new Map<string, ContentRefusal[]>();
  for (const piece of pieces) {
    const refusals = checkContentSql(piece.sql).map((r) => ({ ...r, reason: `${piece.label}${r.reason}` }));
    if (refusals.length > 0) byFile.set(piece.file, [...(byFile.get(piece.file) ?? []), ...refusals]);
  }
  return [...byFile].map(([file, refusals]) => ({ file, refusals }));
}

/** Throw a `PackError` naming the first refused file and its reasons. */
export function assertPackSql(pack: Pack): void {
  const [first] = packSqlRefusals(pack);
  if (first) throw new PackError(first.file, `refused by the content sandbox: ${first.refusals.map((r) => `line ${r.line}: ${r.reason}`).join('; ')}`);
}
