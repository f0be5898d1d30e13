/**
 * Turning what DuckDB-Wasm throws into `EngineError`s the studio can show: the position of the
 * culprit in the SQL, a plain explanation when an offline-missing extension is the cause, and
 * the recognition of errors that leave the WebAssembly instance dead.
 */
import { errorPosition } from '../core/sqlText/errorPosition';
import { EngineError } from './engine';

const IMPORT_HINT =
  "Use the studio's Import instead: it loads JSON and CSV files with DuckDB-Wasm's built-in readers " +
  '(insertJSONFromPath / insertCSVFromPath), which work offline and keep nested lists and structs.';

const EXTENSION_HINTS: Record<string, string> = {
  json:
    "DuckDB's json extension is not available offline in this studio, so read_json, read_json_auto, " +
    'the JSON type and the json_* functions cannot run. ' + IMPORT_HINT,
  parquet:
    "DuckDB's parquet extension is not available offline in this studio, so read_parquet, parquet_scan " +
    'and COPY … (FORMAT PARQUET) cannot run. Use CSV or JSON files through the Import, or keep tables ' +
    'in a DuckDB database file (ATTACH). ' + IMPORT_HINT,
};

/** Which missing extension (json or parquet) an error message is about, if any. */
export function missingExtension(message: string): 'json' | 'parquet' | undefined {
  const m = /exists in the (json|parquet) extension/i.exec(message) ??
    /extension "?(json|parquet)"?/i.exec(message);
  if (m) return (m[1] as string).toLowerCase() as 'json' | 'parquet';
  // Before autoload was switched off, DuckDB-Wasm reported the failed fetch this confusingly.
  if (/function signature mismatch/i.test(message)) {
    if (/parquet/i.test(message)) return 'parquet';
    if (/json/i.test(message)) return 'json';
  }
  return undefined;
}

/** True when the error means the WebAssembly instance is dead and the worker must restart. */
export function isFatalMessage(message: string): boolean {
  return /memory access out of bounds|malloc failed|unreachable executed|RuntimeError|Aborted\(|worker (?:terminated|died)/i.test(message);
}

/** The message text of anything thrown. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) return error.message;
  if (typeof error === 'string') return error;
  return String(error);
}

/** DuckDB's "Cancelled"/"canceled" wording across versions. */
export function isCancelMessage(message: string): boolean {
  return /query was cancel+ed|INTERRUPT Error|Interrupted/i.test(message);
}

/**
 * DuckDB-Wasm reports some errors (a parser error raised by `send()`) as a JSON object; turn it
 * into DuckDB's usual "Parser Error: …" text and take its position (into the statement sent).
 */
export function readableError(message: string): { message: string; position?: number } {
  const text = message.trim();
  if (!text.startsWith('{')) return { message };
  try {
    const parsed = JSON.parse(text) as { exception_type?: unknown; exception_message?: unknown; position?: unknown };
    if (typeof parsed.exception_message !== 'string') return { message };
    const kind = typeof parsed.exception_type === 'string' ? `${parsed.exception_type} Error: ` : '';
    const position = typeof parsed.position === 'string' || typeof parsed.position === 'number' ? Number(parsed.position) : Number.NaN;
    return { message: kind + parsed.exception_message, ...(Number.isInteger(position) ? { position } : {}) };
  } catch {
    return { message };
  }
}

/**
 * An `EngineError` for a failure of `sql`; `offset` is where `sql` starts in the script the user
 * sent, so positions point into what the editor holds.
 */
export function toEngineError(error: unknown, sql: string, offset = 0): EngineError {
  if (error instanceof EngineError) return error;
  const readable = readableError(messageOf(error).replace(/^Error: /, ''));
  const message = readable.message || 'DuckDB-Wasm failed without a message (a WebAssembly exception).';
  if (isCancelMessage(message)) return new EngineError({ message: 'The statement was cancelled.', cancelled: true });
  const extension = missingExtension(message);
  const firstLine = message.split('\n')[0] ?? message;
  const position = errorPosition(message, sql);
  const atEnd = position === undefined && /at end of input/.test(message) ? sql.trimEnd().length : undefined;
  const where = readable.position ?? position ?? atEnd;
  return new EngineError({
    message: extension ? `${firstLine}\n\n${EXTENSION_HINTS[extension]}` : message,
    ...(where !== undefined ? { position: offset + where } : {}),
  });
}
