/**
 * The one error the importer throws: a problem with the user's file, already explained.
 */
import { explainImportError, formatProblem, type ImportProblem } from '../../core/importing/importErrors';
import { EngineError } from '../engine';

/** A file could not be previewed or loaded; `problem` says where and why. */
export class ImportFailure extends Error {
  readonly problem: ImportProblem;
  readonly fileName: string;
  constructor(fileName: string, problem: ImportProblem) {
    super(formatProblem(fileName, problem));
    this.name = 'ImportFailure';
    this.fileName = fileName;
    this.problem = problem;
  }
}

/** The message of anything thrown. */
export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** An ImportFailure for anything thrown while importing (a raw engine error never reaches the user). */
export function asImportFailure(fileName: string, error: unknown): ImportFailure {
  if (error instanceof ImportFailure) return error;
  if (error instanceof EngineError && error.restarted) {
    return new ImportFailure(fileName, { reason: 'DuckDB stopped while reading this file and was restarted; your loaded tables are being restored' });
  }
  return new ImportFailure(fileName, explainImportError(messageOf(error)));
}

