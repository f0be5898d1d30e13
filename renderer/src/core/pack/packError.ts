/** An error in a pack's files: the message always starts with the file it is about. */
export class PackError extends Error {
  /** Path of the offending file, relative to the pack folder (e.g. `styles/star/dim_date.sql`). */
  readonly file: string;
  constructor(file: string, detail: string) {
    super(`${file}: ${detail}`);
    this.name = 'PackError';
    this.file = file;
  }
}
