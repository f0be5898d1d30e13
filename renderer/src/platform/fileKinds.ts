/**
 * File kinds by name and MIME type. Mirrors `FILE_EXTENSIONS` of electron/common/contract
 * (platform may import only types from there); the `Record` type keeps the keys in step and a
 * unit test the values.
 */
import type { OpenFileKind, SaveFileKind } from './platform';

export const fileExtensions: Readonly<Record<OpenFileKind | SaveFileKind, readonly string[]>> = {
  csv: ['csv', 'tsv'],
  json: ['json', 'ndjson', 'jsonl'],
  parquet: ['parquet'],
  duckdb: ['duckdb', 'db'],
  sql: ['sql'],
  svg: ['svg'],
  png: ['png'],
  zip: ['zip'],
  md: ['md', 'markdown'],
};

const openKinds: OpenFileKind[] = ['csv', 'json', 'parquet', 'duckdb', 'sql'];
const saveKinds: SaveFileKind[] = ['csv', 'svg', 'png', 'duckdb', 'json', 'sql', 'zip', 'md'];

const mimeKinds: Record<string, SaveFileKind> = {
  'text/csv': 'csv',
  'image/svg+xml': 'svg',
  'image/png': 'png',
  'application/json': 'json',
  'application/sql': 'sql',
  'application/vnd.duckdb': 'duckdb',
  'application/zip': 'zip',
  'text/markdown': 'md',
};

function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot + 1).toLowerCase();
}

/** The kind of a file to import, or null when the studio does not open it. */
export function openKindOf(name: string): OpenFileKind | null {
  const ext = extensionOf(name);
  return openKinds.find((kind) => fileExtensions[kind].includes(ext)) ?? null;
}

/** The kind of an export: from the name's extension first, else from the MIME type. */
export function saveKindOf(name: string, mime: string): SaveFileKind | null {
  const ext = extensionOf(name);
  const byName = saveKinds.find((kind) => fileExtensions[kind].includes(ext));
  return byName ?? mimeKinds[mime.split(';')[0]!.trim().toLowerCase()] ?? null;
}

/** The `accept` attribute of a file input for these kinds (".csv,.tsv,…"). */
export function acceptFor(kinds: readonly OpenFileKind[]): string {
  return kinds.flatMap((kind) => fileExtensions[kind].map((ext) => `.${ext}`)).join(',');
}

/** `name` with the extension of `kind` (added when missing), so exports open with the right app. */
export function withExtension(name: string, kind: SaveFileKind): string {
  return fileExtensions[kind].includes(extensionOf(name)) ? name : `${name}.${fileExtensions[kind][0]}`;
}

export const allOpenKinds: readonly OpenFileKind[] = openKinds;
