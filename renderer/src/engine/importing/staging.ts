/**
 * Names of what an import stages before it is loaded: the registered file in DuckDB's virtual
 * file system and the staging table in `_import`. Unique per preview, so two previews never
 * share (or drop) each other's data.
 */

/** Schema holding staged rows until they are loaded or discarded. */
export const STAGING_SCHEMA = '_import';

let counter = 0;

/** A unique name for a file registered with the engine. */
export function vfsName(fileName: string): string {
  counter += 1;
  const safe = fileName.replace(/[^A-Za-z0-9._-]+/g, '_').slice(-60);
  return `import_${Date.now().toString(36)}_${counter}_${safe}`;
}

/** A unique staging table name (without the schema). */
export function newStageName(): string {
  counter += 1;
  return `stage_${Date.now().toString(36)}_${counter}`;
}
