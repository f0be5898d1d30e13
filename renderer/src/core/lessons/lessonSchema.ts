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

const exerciseId = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, 'lowercase letters, digits and dashes');

/** What every checked kind shares: prompt, hints, and what is shown after passing. */
const common = {
  id: exerciseId,
  prompt: z.string().min(1),
  hints: z.array(z.string().min(1)).default([]),
  /** Markdown shown once passed (or the solution revealed): why the reference is right. */
  explanation: z.string().optional(),
  /** Another correct way (SQL), shown with the explanation. */
  alternative: z.string().optional(),
};

/** Options of the result comparison. */
const comparison = {
  ordered: z.boolean().default(false),
  tolerance: z.number().positive().optional(),
  check_columns: z.boolean().default(false),
  /** Also check on a hidden variant of the data (another generator seed). */
  variant: z.boolean().default(true),
};

/** A query exercise: the student writes a query whose result must equal the reference's. */
export const QueryExercise = z
  .object({
    kind: z.literal('query'),
    ...common,
    ...comparison,
    starter: z.string().default(''),
    /** Hidden from the student until they ask for the solution. */
    reference: z.string().min(1),
    /** SQL run before the reference and the answer (on each data variant), e.g. a scratch table. */
    setup: z.string().optional(),
  })
  .strict();
export type QueryExercise = z.infer<typeof QueryExercise>;

const tableName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a table name in the scratch schema');
const columnName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a column name');

/** One declared test on the tables a design exercise builds (dbt-like). */
export const DesignTest = z.union([
  z.object({ exists: tableName, columns: z.array(columnName).default([]) }).strict(),
  z.object({ unique: tableName, columns: z.array(columnName).min(1) }).strict(),
  z.object({ not_null: tableName, columns: z.array(columnName).min(1) }).strict(),
  z.object({ relationship: tableName, column: columnName, to: tableName, field: columnName }).strict(),
  z.object({ no_overlap: tableName, key: z.array(columnName).min(1), valid_from: columnName, valid_to: columnName }).strict(),
]);
export type DesignTest = z.infer<typeof DesignTest>;

/**
 * A design exercise: the student writes CREATE TABLE / VIEW … AS statements in a scratch schema;
 * the declared tests run on what they built, then `question` (which reads the scratch tables)
 * must give the same answer as on the reference's tables, on both data sets.
 */
export const DesignExercise = z
  .object({
    kind: z.literal('design'),
    ...common,
    ...comparison,
    /** The scratch schema the student builds in; dropped and recreated before each check. */
    schema: z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a schema name'),
    starter: z.string().default(''),
    /** The statements that build the reference tables in `schema`. */
    reference: z.string().min(1),
    tests: z.array(DesignTest).min(1),
    /** A query over the built tables whose answer must match the reference build's. */
    question: z.string().min(1),
    setup: z.string().optional(),
  })
  .strict();
export type DesignExercise = z.infer<typeof DesignExercise>;

/** The styles a same-question exercise may ask for. */
export const StyleId = z.enum(['denormalized', 'nf1', 'nf2', 'nf3', 'star', 'vault', 'obt']);
export type StyleId = z.infer<typeof StyleId>;

/** One style's part of a same-question exercise. */
export const StyleAnswer = z.object({ starter: z.string().default(''), reference: z.string().min(1) }).strict();
export type StyleAnswer = z.infer<typeof StyleAnswer>;

/** One question answered in several styles; each is checked, then their shapes and times compared. */
export const StylesExercise = z
  .object({
    kind: z.literal('styles'),
    ...common,
    ...comparison,
    styles: z.record(StyleId, StyleAnswer).refine((s) => Object.keys(s).length >= 2, 'at least two styles'),
    setup: z.string().optional(),
  })
  .strict();
export type StylesExercise = z.infer<typeof StylesExercise>;

/** A judgement question: choose one (or several), then read the explanation. */
export const ChoiceExercise = z
  .object({
    kind: z.literal('choice'),
    id: exerciseId,
    prompt: z.string().min(1),
    /** True: choose every right option (checkboxes); false: exactly one (radio buttons). */
    multiple: z.boolean().default(false),
    options: z.array(z.object({ text: z.string().min(1), correct: z.boolean().default(false) }).strict()).min(2),
    /** Shown after any answer: why the right options are right. */
    explanation: z.string().min(1),
  })
  .strict();
export type ChoiceExercise = z.infer<typeof ChoiceExercise>;

/** Any exercise; a block without `kind` is a query exercise. */
export const Exercise = z.preprocess(
  (raw) => (raw && typeof raw === 'object' && !('kind' in raw) ? { ...raw, kind: 'query' } : raw),
  z.discriminatedUnion('kind', [QueryExercise, DesignExercise, StylesExercise, ChoiceExercise]).superRefine((e, ctx) => {
    if (e.kind !== 'choice') return;
    const right = e.options.filter((o) => o.correct).length;
    if (right === 0) ctx.addIssue({ code: 'custom', path: ['options'], message: 'at least one option must be correct' });
    if (!e.multiple && right > 1) ctx.addIssue({ code: 'custom', path: ['options'], message: 'a single-choice question has exactly one correct option (or set multiple: true)' });
  }),
);
export type Exercise = z.infer<typeof Exercise>;

/** The kinds, as `lessons:check --json` names them. */
export type ExerciseKind = Exercise['kind'];

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

/**
 * Principal components of a query's numeric columns: standardized and fitted on the rows whose
 * `split` column is 'train', then every row projected. Drawn as a scree chart and a scatter of
 * the first two components.
 */
export const PcaBlock = z
  .object({
    title: z.string().min(1),
    sql: z.string().min(1),
    /** The numeric feature columns, at least two. */
    features: z.array(z.string().min(1)).min(2),
    /** The column holding 'train' or 'test'. */
    split: z.string().min(1).default('split'),
  })
  .strict();
export type PcaBlock = z.infer<typeof PcaBlock>;

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
  | { kind: 'view'; link: ViewLink; line: number }
  | { kind: 'pca'; pca: PcaBlock; line: number }
  /** Notes for the instructor (markdown), hidden unless asked for. */
  | { kind: 'instructor'; text: string; line: number };

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
