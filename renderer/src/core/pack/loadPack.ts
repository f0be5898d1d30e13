/**
 * Turn a pack's files (relative path → text) into a checked, build-ordered `Pack`. Pure: the
 * browser passes Vite's bundled files, Node passes files read from disk. Every error names the
 * file it is about.
 */
import { parse as parseYaml } from 'yaml';
import type { ZodType, ZodTypeDef } from 'zod';
import { buildOrder } from './buildOrder';
import { PackError } from './packError';
import { type Model, PackManifest, type PackScale, Question, SchemaFile, WriteScenario } from './packSchema';
import { tablesCreated, tablesRead } from './sqlText';

/** One table of one style: built as `CREATE TABLE <style>.<name> AS <sql>`. */
export interface PackTable {
  style: string;
  name: string;
  /** `<style>.<name>`. */
  qualified: string;
  /** `styles/<style>/<name>.sql`. */
  file: string;
  /** The SELECT, as written in the file. */
  sql: string;
  /** `schema.table` names it reads. */
  reads: string[];
  /** Its entry in the style's schema.yml, when there is one. */
  model?: Model;
}

export interface PackQuestion extends Question {
  file: string;
}

export interface PackWrite extends WriteScenario {
  file: string;
}

/** A loaded pack. `tables` are in build order (every table after what it reads). */
export interface Pack {
  id: string;
  title: string;
  description: string;
  defaultScale: string;
  scales: PackScale[];
  styles: string[];
  tables: PackTable[];
  /** Each style's schema.yml path, when it has one. */
  schemaFiles: Record<string, string>;
  /** The `source.*` tables the generators create. */
  sourceTables: string[];
  /** Generator scripts by path. */
  generators: Record<string, string>;
  /** Shipped data files (scale.files) by path, as text. */
  shipped: Record<string, string>;
  questions: PackQuestion[];
  writes: PackWrite[];
}

function parseFile<T>(file: string, text: string, schema: ZodType<T, ZodTypeDef, unknown>): T {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new PackError(file, `invalid YAML: ${(error as Error).message.split('\n')[0]}`);
  }
  const parsed = schema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new PackError(file, `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  }
  return parsed.data;
}

/** Load and check a pack from its files, keyed by path relative to the pack folder. */
export function loadPack(files: Record<string, string>): Pack {
  const manifestText = files['pack.yml'];
  if (manifestText === undefined) throw new PackError('pack.yml', 'missing');
  const manifest = parseFile('pack.yml', manifestText, PackManifest);
  if (!manifest.scales.some((s) => s.id === manifest.default_scale)) {
    throw new PackError('pack.yml', `default_scale ${manifest.default_scale} is not one of the scales`);
  }
  const generators: Record<string, string> = {};
  for (const scale of manifest.scales) {
    const text = files[scale.generator];
    if (text === undefined) throw new PackError('pack.yml', `scale ${scale.id}: generator ${scale.generator} not found`);
    generators[scale.generator] = text;
  }
  const shipped: Record<string, string> = {};
  for (const scale of manifest.scales) {
    for (const file of scale.files ?? []) {
      const text = files[file.path];
      if (text === undefined) throw new PackError('pack.yml', `scale ${scale.id}: file ${file.path} not found`);
      shipped[file.path] = text;
    }
  }
  const sourceSets = [
    ...Object.values(generators).map((g) => tablesCreated(g, 'source')),
    ...manifest.scales.map((s) => (s.files ?? []).map((f) => `source.${f.table.toLowerCase()}`)),
  ];
  const sourceTables = [...new Set(sourceSets.flat())].sort();
  const schemas = [...manifest.styles, 'source'];

  const tables: PackTable[] = [];
  const schemaFiles: Record<string, string> = {};
  for (const style of manifest.styles) {
    const prefix = `styles/${style}/`;
    const sqlFiles = Object.keys(files).filter((p) => p.startsWith(prefix) && p.endsWith('.sql') && !p.slice(prefix.length).includes('/')).sort();
    if (sqlFiles.length === 0) throw new PackError(`styles/${style}/`, 'no table files for this style');
    const schemaPath = `${prefix}schema.yml`;
    const models = files[schemaPath] === undefined ? [] : parseFile(schemaPath, files[schemaPath]!, SchemaFile).models;
    if (files[schemaPath] !== undefined) schemaFiles[style] = schemaPath;
    for (const file of sqlFiles) {
      const name = file.slice(prefix.length, -'.sql'.length);
      const sql = files[file]!;
      if (sql.trim() === '') throw new PackError(file, 'empty SQL file');
      const model = models.find((m) => m.name === name);
      tables.push({ style, name, qualified: `${style}.${name}`.toLowerCase(), file, sql, reads: tablesRead(sql, schemas), ...(model ? { model } : {}) });
    }
    for (const model of models) {
      if (!sqlFiles.includes(`${prefix}${model.name}.sql`)) throw new PackError(schemaPath, `model ${model.name} has no file ${prefix}${model.name}.sql`);
    }
  }
  const known = new Set([...tables.map((t) => t.qualified), ...sourceTables]);
  for (const [style, path] of Object.entries(schemaFiles)) {
    for (const table of tables.filter((t) => t.style === style && t.model)) {
      for (const column of table.model!.columns) {
        for (const test of column.tests) {
          if (typeof test === 'object' && 'relationships' in test && !known.has(test.relationships.to.toLowerCase())) {
            throw new PackError(path, `${table.name}.${column.name}: relationships.to ${test.relationships.to} is not a table of the pack`);
          }
        }
      }
    }
  }

  const questions = loadEntries(files, 'questions/', Question).map(({ file, value }) => {
    const both = Object.keys(value.cannot_answer).find((s) => s in value.sql);
    if (both) throw new PackError(file, `sql.${both}: a style listed in cannot_answer has no sql`);
    const unknown = Object.keys(value.cannot_answer).find((s) => !manifest.styles.includes(s));
    if (unknown) throw new PackError(file, `cannot_answer.${unknown} is not a style of the pack`);
    checkStyles(file, manifest.styles, { ...value.cannot_answer, ...value.sql }, 'sql');
    if (Object.keys(value.sql).length === 0) throw new PackError(file, 'sql: no style answers this question');
    for (const [style, sql] of Object.entries(value.sql)) {
      const missing = tablesRead(sql, schemas).find((t) => !known.has(t));
      if (missing) throw new PackError(file, `sql.${style} reads ${missing}, which no file in the pack creates`);
    }
    return { ...value, file };
  });
  const writes = loadEntries(files, 'writes/', WriteScenario).map(({ file, value }) => {
    checkStyles(file, manifest.styles, value.sql, 'sql');
    return { ...value, file };
  });
  for (const list of [questions, writes]) {
    const seen = new Set<string>();
    for (const entry of list) {
      if (seen.has(entry.id)) throw new PackError(entry.file, `duplicate id ${entry.id}`);
      seen.add(entry.id);
    }
  }

  return {
    id: manifest.id,
    title: manifest.title,
    description: manifest.description,
    defaultScale: manifest.default_scale,
    scales: manifest.scales,
    styles: manifest.styles,
    tables: buildOrder(tables, sourceTables),
    schemaFiles,
    sourceTables,
    generators,
    shipped,
    questions,
    writes,
  };
}

function loadEntries<T>(files: Record<string, string>, folder: string, schema: ZodType<T, ZodTypeDef, unknown>): { file: string; value: T }[] {
  return Object.keys(files)
    .filter((p) => p.startsWith(folder) && /\.ya?ml$/.test(p))
    .sort()
    .map((file) => ({ file, value: parseFile(file, files[file]!, schema) }));
}

function checkStyles(file: string, styles: string[], perStyle: Record<string, unknown>, key: string): void {
  const missing = styles.filter((s) => !(s in perStyle));
  if (missing.length > 0) throw new PackError(file, `${key} has no entry for style${missing.length > 1 ? 's' : ''} ${missing.join(', ')}`);
  const extra = Object.keys(perStyle).filter((s) => !styles.includes(s));
  if (extra.length > 0) throw new PackError(file, `${key}.${extra[0]} is not a style of the pack`);
}
