/**
 * A learner's own style in a pack: its tables as SQL files and its own schema.yml, kept as files
 * beside the pack's (`styles/<id>/…`), and the pack's manifest, questions and write scenarios
 * extended for it. The result is an ordinary pack file map, loaded with the same `loadPack`, so
 * the style builds, is tested and compared like any reference style, and a mistake is reported
 * with its file and line by the same loader.
 */
import { isMap, isSeq, parseDocument } from 'yaml';

/** What the learner made: the style id, what it started from, and its own files. */
export interface OwnStyle {
  /** Lowercase id, also its DuckDB schema name. */
  id: string;
  /** The reference style it was copied from; null when it started empty. */
  from: string | null;
  /** Its files, keyed `styles/<id>/<name>.sql` and `styles/<id>/schema.yml`. */
  files: Record<string, string>;
}

/** Says what is wrong with a new style id, or null when it can be used. */
export function styleIdProblem(id: string, existing: readonly string[]): string | null {
  if (!/^[a-z][a-z0-9_]{0,30}$/.test(id)) return 'A style id is a lowercase letter followed by letters, digits or _ (at most 31).';
  if (existing.includes(id)) return `The pack already has a style ${id}.`;
  if (['source', 'main', 'information_schema', 'pg_catalog', 'temp'].includes(id)) return `${id} is a reserved schema name.`;
  return null;
}

/** `from.` → `to.` in SQL or YAML text (qualified table names), leaving other words alone. */
export function renameSchema(text: string, from: string, to: string): string {
  return text.replace(new RegExp(`\\b${from}\\.`, 'g'), `${to}.`);
}

/** Start a style: a copy of `from`'s files with its schema renamed, or one empty table file. */
export function startOwnStyle(packFiles: Record<string, string>, id: string, from: string | null): OwnStyle {
  const files: Record<string, string> = {};
  if (from) {
    for (const [path, text] of Object.entries(packFiles)) {
      if (path.startsWith(`styles/${from}/`)) files[`styles/${id}/${path.slice(`styles/${from}/`.length)}`] = renameSchema(text, from, id);
    }
  } else {
    files[`styles/${id}/my_table.sql`] = '-- One table: one SELECT over the source (source.*) or over tables of this style.\nSELECT 1 AS placeholder\n';
    files[`styles/${id}/schema.yml`] = 'models:\n  - name: my_table\n    columns: []\n';
  }
  return { id, from, files };
}

/** The sentence a question shows for a style that has no SQL for it yet. */
export const NOT_WRITTEN = 'not written yet';

/** Add `style` to one question or write file: a copy of its source style's entries, or nothing written yet. */
function extendEntry(text: string, style: OwnStyle, kind: 'question' | 'write'): string {
  const doc = parseDocument(text);
  const sql = doc.get('sql');
  if (!isMap(sql)) return text;
  const source = style.from ? (sql.toJSON() as Record<string, unknown>)[style.from] : undefined;
  if (source !== undefined && source !== null) {
    const rename = (v: unknown): unknown =>
      typeof v === 'string' ? renameSchema(v, style.from!, style.id) : Array.isArray(v) ? v.map(rename) : v;
    sql.set(style.id, doc.createNode(rename(source)));
  } else if (style.from && doc.hasIn(['cannot_answer', style.from])) {
    doc.setIn(['cannot_answer', style.id], doc.getIn(['cannot_answer', style.from]));
  } else if (kind === 'write') {
    sql.set(style.id, doc.createNode([]));
  } else {
    doc.setIn(['cannot_answer', style.id], NOT_WRITTEN);
  }
  for (const key of ['keeps']) {
    const perStyle = doc.get(key);
    if (isMap(perStyle) && style.from && perStyle.has(style.from)) perStyle.set(style.id, perStyle.get(style.from));
  }
  return doc.toString();
}

/** The pack's files with `styles` added: manifest, questions, writes extended; each style's own files. */
export function withOwnStyles(packFiles: Record<string, string>, styles: readonly OwnStyle[]): Record<string, string> {
  if (styles.length === 0) return packFiles;
  const out: Record<string, string> = { ...packFiles };
  const manifest = parseDocument(packFiles['pack.yml'] ?? '');
  const list = manifest.get('styles');
  if (isSeq(list)) for (const s of styles) list.add(s.id);
  out['pack.yml'] = manifest.toString();
  for (const [path, text] of Object.entries(packFiles)) {
    const kind = path.startsWith('questions/') ? 'question' : path.startsWith('writes/') ? 'write' : null;
    if (!kind || !/\.ya?ml$/.test(path)) continue;
    out[path] = styles.reduce((t, s) => extendEntry(t, s, kind), text);
  }
  for (const s of styles) Object.assign(out, s.files);
  return out;
}

/** A question as the starter needs it. */
export interface StarterQuestion {
  title: string;
  description?: string;
  /** Its SQL per style that answers it. */
  sql: Record<string, string>;
}

/**
 * The text of a new editor tab for a question `style` has no SQL for yet: the question, the
 * style's tables, and how another style answers it (commented out), then an open SELECT.
 */
export function notWrittenStarter(q: StarterQuestion, style: string, tables: readonly string[]): string {
  const [other, sql] = Object.entries(q.sql)[0] ?? [];
  return [
    `-- ${q.title}: not written yet for ${style}.`,
    ...(q.description ? [`-- ${q.description.replace(/\s+/g, ' ').trim()}`] : []),
    `-- The tables of ${style}: ${tables.join(', ') || '(none yet)'}`,
    ...(other && sql ? [`-- How ${other} answers it:`, ...sql.trim().split('\n').map((l) => `--   ${l}`)] : []),
    'SELECT',
    '',
  ].join('\n');
}
