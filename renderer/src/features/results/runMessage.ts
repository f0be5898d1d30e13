/**
 * Turns what went wrong in a run into a message a student can act on: a short title, the
 * detail (DuckDB's own words), and where in the editor it happened. Pure.
 */
import type { EngineErrorInfo } from '../../engine/engine';

export type RunMessageKind = 'empty' | 'syntax' | 'missing-table' | 'error' | 'cancelled' | 'restarted';

export interface RunMessage {
  kind: RunMessageKind;
  title: string;
  detail: string;
  /** 0-based offset into the editor's text, when DuckDB gave a position. */
  offset?: number;
  /** 1-based line and column of `offset` in the editor's text. */
  line?: number;
  column?: number;
  /** The table DuckDB could not find (kind 'missing-table'), as written in its message. */
  table?: string;
}

/** 1-based line and column of a 0-based offset in a text. */
export function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const clamped = Math.min(Math.max(0, offset), text.length);
  const before = text.slice(0, clamped);
  const lastBreak = before.lastIndexOf('\n');
  return { line: before.split('\n').length, column: clamped - lastBreak };
}

/** The message for an editor with nothing to run. */
export function emptyMessage(): RunMessage {
  return { kind: 'empty', title: 'Nothing to run', detail: 'The editor has no SQL statement here. Type one, then press Ctrl+Enter (Cmd+Enter on a Mac).' };
}

/**
 * The message for an engine error. `text` is the editor's text and `statementOffset` where the
 * statement that failed starts in it, so DuckDB's position maps onto the editor.
 */
export function errorMessage(error: EngineErrorInfo, text: string, statementOffset: number): RunMessage {
  if (error.cancelled && error.restarted) {
    return {
      kind: 'restarted',
      title: 'Query stopped by restarting the engine',
      detail: 'The query did not respond to cancel, so the studio stopped it by restarting DuckDB. Tables and data of this ' +
        'session were lost; a built pack is being rebuilt automatically (other tables: run the statements that create them again).',
    };
  }
  if (error.cancelled) {
    return { kind: 'cancelled', title: 'Query cancelled', detail: 'The query was stopped before it finished. The studio is ready for the next one.' };
  }
  if (error.restarted) {
    return {
      kind: 'restarted',
      title: 'The engine stopped and was restarted',
      detail: `DuckDB's worker died (${error.message.trim() || 'no reason given'}) and has been restarted. Tables and data loaded in this session were lost; a built pack is being rebuilt automatically (other tables: run the statements that create them again).`,
    };
  }
  let place: { offset?: number; line?: number; column?: number } = {};
  if (error.position !== undefined) {
    const offset = statementOffset + error.position;
    place = { offset, ...lineColumnAt(text, offset) };
  }
  const where = place.line === undefined ? '' : ` at line ${place.line}, column ${place.column}`;
  const detail = error.message.trim();
  if (/rows were kept when another statement ran/i.test(detail)) return { kind: 'error', title: 'The rest of this result was set aside', detail };
  if (/^Parser Error/i.test(detail)) return { kind: 'syntax', title: `Syntax error${where}`, detail, ...place };
  const table = /Table with name "?([^"!\s]+)"? does not exist/i.exec(detail);
  if (table) return { kind: 'missing-table', title: `Table "${table[1]}" does not exist${where}`, detail, table: table[1], ...place };
  const kind = /^(\w+) Error/.exec(detail)?.[1];
  return { kind: 'error', title: `${kind ? `${kind} error` : 'The query failed'}${where}`, detail, ...place };
}
