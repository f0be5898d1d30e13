/**
 * The one error the importer throws: a problem with the user's file, already explained.
 */
import { formatProblem, type ImportProblem } from '../../core/importing/importErrors';

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
