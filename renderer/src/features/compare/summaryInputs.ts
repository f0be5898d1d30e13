/**
 * The measurements of a comparison run in the shape core's sentence functions read: storage per
 * style, each question's timings with the joins its SQL writes, and the rows each write touched.
 */
import type { QuestionFigure, QuestionInfo, StorageFigure, WriteFigure } from '../../core/measure/compareSummary';
import { sqlShape } from '../../core/measure/sqlShape';
import type { StyleStorage } from '../../engine/measure/storage';
import type { TimingReport } from '../../engine/measure/timing';
import type { CompareQuestion, WriteCost } from './compareSource';

/** Storage figures; column data instead of file bytes where files are mostly block padding. */
export function storageFigures(storage: readonly StyleStorage[]): { figures: StorageFigure[]; basis: 'file' | 'data' } {
  const blockBound = storage.some((s) => s.blockSize > 0 && s.duckdbBytes <= 4 * s.blockSize);
  return {
    basis: blockBound ? 'data' : 'file',
    figures: storage.map((s) => ({ style: s.schema, bytes: blockBound ? s.dataBytes : s.duckdbBytes, csvBytes: s.csvBytes, rows: s.rows, tables: s.tables.length })),
  };
}

/** Each timed question with its joins per style (from the SQL) and who cannot answer it. */
export function questionFigures(timing: TimingReport, questions: readonly CompareQuestion[], styles: readonly string[]): QuestionFigure[] {
  const byId = new Map(questions.map((q) => [q.id, q]));
  return timing.questions.map((qt) => {
    const q = byId.get(qt.id);
    const answers: QuestionFigure['styles'] = {};
    for (const [style, t] of Object.entries(qt.styles)) {
      if (!t.summary || t.error) continue;
      answers[style] = { summary: t.summary, agrees: t.agrees, joins: sqlShape(q?.sql[style] ?? '', styles).joins };
    }
    return { title: qt.title, styles: answers, cannotAnswer: q?.cannotAnswer ?? {} };
  });
}

/** Write costs as figures (errors left out: they have no row count). */
export function writeFigures(writes: readonly WriteCost[]): WriteFigure[] {
  return writes.filter((w) => !w.error).map((w) => ({ scenario: w.scenario, title: w.title, style: w.style, rowsTouched: w.rowsTouched, keeps: w.keeps, ...(w.questionsChanged ? { questionsChanged: w.questionsChanged } : {}) }));
}

/** Question ids, titles and as-of flags, for naming the answers a write changed. */
export type { QuestionInfo };
