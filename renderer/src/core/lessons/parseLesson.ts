/**
 * Parsing lesson files. Lessons are untrusted input: every part is validated, and a broken
 * lesson gives one error naming its file (and line) while the other lessons still load.
 */
import { parse as parseYaml } from 'yaml';
import type { ZodError, ZodType, ZodTypeDef } from 'zod';
import { Chart, Exercise, LessonMeta, PcaBlock, ViewLink, type Lesson, type LessonBlock, type LessonLoadError } from './lessonSchema';
import { lessonSqlRefusals } from './lessonGate';

/** Thrown (and caught by loadLessons) when a lesson is malformed. */
export class LessonFormatError extends Error {}

const FENCE_OPEN = /^(`{3,}|~{3,})\s*([A-Za-z0-9_-]*)((?:\s+[A-Za-z0-9_-]+)*)\s*$/;
const INTERACTIVE = new Set(['sql', 'exercise', 'chart', 'pca', 'view', 'instructor']);

function zodMessage(error: ZodError): string {
  return error.issues
    .map((i) => {
      // The usual authoring slip: unquoted YAML text containing ": " becomes a mapping.
      const tip = i.message === 'Expected string, received object' ? ' (quote text that contains ": ")' : '';
      return (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message) + tip;
    })
    .join('; ');
}

function validate<T>(schema: ZodType<T, ZodTypeDef, unknown>, raw: unknown, where: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new LessonFormatError(`${where}: ${zodMessage(parsed.error)}`);
  return parsed.data;
}

function yamlOf(text: string, where: string): unknown {
  try {
    return parseYaml(text);
  } catch (e) {
    throw new LessonFormatError(`${where}: invalid YAML (${(e as Error).message.split('\n')[0]})`);
  }
}

/** A closing fence: the same character, at least as many times, nothing else. */
function closesFence(line: string, fence: string): boolean {
  const t = line.trim();
  return t.length >= fence.length && [...t].every((c) => c === fence[0]);
}

/** Split `---\n<yaml>\n---\n<body>`; returns the YAML, the body and the body's first line number. */
function splitFrontMatter(text: string): { yaml: string; body: string; bodyLine: number } {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (lines[0]?.trim() !== '---') throw new LessonFormatError('front matter missing: the file must start with ---');
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new LessonFormatError('front matter not closed by ---');
  return { yaml: lines.slice(1, end).join('\n'), body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

/** Parse one lesson file. `id` is its folder name. Throws LessonFormatError. */
export function parseLesson(id: string, file: string, text: string): Lesson {
  const { yaml, body, bodyLine } = splitFrontMatter(text);
  const meta = validate(LessonMeta, yamlOf(yaml, 'front matter'), 'front matter');
  const blocks: LessonBlock[] = [];
  const lines = body.split('\n');
  let markdown: string[] = [];
  let sqlIndex = 0;
  const flush = () => {
    if (markdown.join('').trim() !== '') blocks.push({ kind: 'markdown', text: markdown.join('\n') });
    markdown = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const open = FENCE_OPEN.exec(lines[i] as string);
    const tag = open?.[2]?.toLowerCase() ?? '';
    if (!open || !INTERACTIVE.has(tag)) {
      markdown.push(lines[i] as string);
      continue;
    }
    const fence = open[1] as string;
    const close = lines.findIndex((l, j) => j > i && closesFence(l, fence));
    const line = bodyLine + i;
    if (close < 0) throw new LessonFormatError(`line ${line}: \`${tag}\` block not closed`);
    const content = lines.slice(i + 1, close).join('\n');
    flush();
    const where = `${tag} block at line ${line}`;
    const flags = (open[3] ?? '').trim().split(/\s+/).filter(Boolean);
    if (tag === 'sql') {
      if (content.trim() === '') throw new LessonFormatError(`${where}: empty`);
      const unknown = flags.find((f) => f !== 'error');
      if (unknown) throw new LessonFormatError(`${where}: unknown flag "${unknown}" (only "error")`);
      blocks.push({ kind: 'sql', index: sqlIndex++, sql: content.trim(), line, expectError: flags.includes('error') });
    } else if (tag === 'exercise') {
      blocks.push({ kind: 'exercise', exercise: validate(Exercise, yamlOf(content, where), where), line });
    } else if (tag === 'chart') {
      blocks.push({ kind: 'chart', chart: validate(Chart, yamlOf(content, where), where), line });
    } else if (tag === 'pca') {
      blocks.push({ kind: 'pca', pca: validate(PcaBlock, yamlOf(content, where), where), line });
    } else if (tag === 'instructor') {
      blocks.push({ kind: 'instructor', text: content, line });
    } else {
      blocks.push({ kind: 'view', link: validate(ViewLink, yamlOf(content, where), where), line });
    }
    i = close;
  }
  flush();
  const exercises = blocks.flatMap((b) => (b.kind === 'exercise' ? [b.exercise] : []));
  const seen = new Set<string>();
  for (const ex of exercises) {
    if (seen.has(ex.id)) throw new LessonFormatError(`exercise id "${ex.id}" used twice`);
    seen.add(ex.id);
  }
  // Lesson files are untrusted: SQL that could reach the host refuses the whole lesson.
  const refused = lessonSqlRefusals({ meta, blocks });
  if (refused.length > 0) throw new LessonFormatError(refused.join('; '));
  return { id, file, meta, blocks, exercises };
}

/** The lesson folder of a path such as `../../lessons/03-normalization/lesson.md`. */
export function lessonIdOf(path: string): string | undefined {
  return /(?:^|\/)lessons\/([^/]+)\/lesson\.md$/.exec(path)?.[1];
}

/**
 * Load every lesson of a `path → text` map (from Vite's import.meta.glob or the disk), sorted
 * by folder name. Broken lessons become errors; the rest load.
 */
export function loadLessons(files: Record<string, string>): { lessons: Lesson[]; errors: LessonLoadError[] } {
  const lessons: Lesson[] = [];
  const errors: LessonLoadError[] = [];
  for (const [path, text] of Object.entries(files)) {
    const id = lessonIdOf(path);
    if (!id) continue;
    const file = `lessons/${id}/lesson.md`;
    try {
      lessons.push(parseLesson(id, file, text));
    } catch (e) {
      const message = e instanceof LessonFormatError ? e.message : `unexpected error: ${(e as Error).message}`;
      errors.push({ id, file, message: `${file}: ${message}` });
    }
  }
  lessons.sort((a, b) => a.id.localeCompare(b.id));
  errors.sort((a, b) => a.id.localeCompare(b.id));
  return { lessons, errors };
}
