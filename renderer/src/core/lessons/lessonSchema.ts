/**
 * The lesson format, as zod schemas (types share their names). A lesson is
 * `lessons/<nn-slug>/lesson.md`: YAML front matter (LessonMeta), then markdown in which fenced
 * blocks tagged `sql`, `exercise`, `chart` and `view` become interactive. See lessons/README.md.
 */
import { z } from 'zod';

/** Scales a pack offers (PACK.md). */
export const Scale = z.enum(['course', '1k', '10k', '100k', '1m']);
export type Scale = z.infer<typeof Scale>;

/** Front matter. */
export const LessonMeta = z
  .object({
    title: z.string().min(1),
    pack: z.string().regex(/^[a-z0-9-]+$/, 'a pack id such as retail'),
    scale: Scale,
    objectives: z.array(z.string().min(1)).min(1),
    minutes: z.number().int().positive(),
    /** SQL run before checking any exercise of the lesson (on each data variant). */
    setup: z.string().optional(),
  })
  .strict();
export type LessonMeta = z.infer<typeof LessonMeta>;

/** An exercise: the student writes a query whose result must equal the reference's. */
export const Exercise = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes'),
    prompt: z.string().min(1),
    starter: z.string().default(''),
    /** Hidden from the student until they ask for the solution. */
    reference: z.string().min(1),
    /** SQL run before the reference and the answer (on each data variant), e.g. a scratch table. */
    setup: z.string().optional(),
    hints: z.array(z.string().min(1)).default([]),
    ordered: z.boolean().default(false),
    tolerance: z.number().positive().optional(),
    check_columns: z.boolean().default(false),
    /** Also check on a hidden variant of the data (another generator seed). */
    variant: z.boolean().default(true),
  })
  .strict();
export type Exercise = z.infer<typeof Exercise>;

/** A chart drawn from a query's result. */
export const Chart = z
  .object({
    title: z.string().min(1),
    type: z.enum(['bar', 'line', 'scatter', 'heatmap']),
    sql: z.string().min(1),
    /** Column for the x axis (heatmap: columns). */
    x: z.string().min(1),
    /** Column for the y axis (heatmap: rows). */
    y: z.string().min(1),
    /** Heatmap only: the column holding each cell's value. */
    value: z.string().optional(),
  })
  .strict();
export type Chart = z.infer<typeof Chart>;

/** A button that opens another view of the studio. */
export const ViewLink = z
  .object({
    view: z.enum(['editor', 'schemas', 'compare', 'plan', 'diagrams', 'data']),
    label: z.string().min(1),
  })
  .strict();
export type ViewLink = z.infer<typeof ViewLink>;

/** One piece of a lesson's body, in reading order. */
export type LessonBlock =
  | { kind: 'markdown'; text: string }
  /** `expectError`: the block is meant to fail (```sql error), e.g. to show an insert anomaly. */
  | { kind: 'sql'; index: number; sql: string; line: number; expectError: boolean }
  | { kind: 'exercise'; exercise: Exercise; line: number }
  | { kind: 'chart'; chart: Chart; line: number }
  | { kind: 'view'; link: ViewLink; line: number };

/** A parsed lesson. */
export interface Lesson {
  /** The folder name, e.g. `03-normalization`; lessons sort by it. */
  id: string;
  /** The file it came from, for messages. */
  file: string;
  meta: LessonMeta;
  blocks: LessonBlock[];
  /** The exercises in order (also present in `blocks`). */
  exercises: Exercise[];
}

/** A lesson that could not be loaded. */
export interface LessonLoadError {
  id: string;
  file: string;
  message: string;
}
