/**
 * What a run request runs: the selection, the statement under the cursor, or every statement,
 * each with its offset in the editor so DuckDB's error positions land in the right place.
 * Each statement is its own piece so that every one of them is started with `send()` and can
 * be cancelled. Pure.
 */
import { splitStatements, statementAt, type SqlStatement } from '../../core/sqlText/statements';
import type { RunPiece } from '../results';

export type RunMode = 'statement' | 'all';

/** The editor's text, selection and cursor, as offsets. */
export interface EditorInput {
  text: string;
  selectionStart: number;
  selectionEnd: number;
  cursor: number;
}

const toPieces = (statements: SqlStatement[], base: number): RunPiece[] => statements.map((s) => ({ sql: s.text, offset: base + s.start }));

/**
 * The pieces to run. A non-empty selection runs as written (split into its statements);
 * otherwise 'statement' runs the statement under the cursor and 'all' every statement.
 */
export function piecesToRun(input: EditorInput, mode: RunMode): RunPiece[] {
  if (mode === 'statement' && input.selectionEnd > input.selectionStart) {
    return toPieces(splitStatements(input.text.slice(input.selectionStart, input.selectionEnd)), input.selectionStart);
  }
  if (mode === 'all') return toPieces(splitStatements(input.text), 0);
  const statement = statementAt(input.text, input.cursor);
  return statement ? toPieces([statement], 0) : [];
}

/** Whether any piece may change the catalog (so completion should reload tables and columns). */
export function mayChangeCatalog(pieces: readonly RunPiece[]): boolean {
  return pieces.some((p) => /^\s*(create|drop|alter|attach|detach|use|import|load|comment|truncate)\b/i.test(p.sql));
}
