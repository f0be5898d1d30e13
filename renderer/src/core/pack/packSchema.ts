/**
 * Zod schemas for the files of a dataset pack (documented in sample-data/README.md): the manifest, each
 * style's dbt-like schema.yml, questions and write scenarios. Types share the schemas' names.
 */
import { z } from 'zod';

const identifier = z.string().regex(/^[A-Za-z_][A-Za-z0-9_]*$/, 'must be a SQL identifier');

/** A file shipped with the pack, loaded into `source.<table>` before the generator runs. */
export const ShippedFile = z.object({
  path: z.string().min(1),
  table: identifier,
  format: z.enum(['json', 'csv']),
});
export type ShippedFile = z.infer<typeof ShippedFile>;

export const PackScale = z.object({
  id: z.string().min(1),
  label: z.string().min(1),
  /** Number of orders (or the pack's main entity); substituted for {{orders}}. */
  orders: z.number().int().positive().optional(),
  /** Generator SQL file, relative to the pack folder. */
  generator: z.string().min(1),
  /** Files loaded (with DuckDB-Wasm's own JSON/CSV readers) into `source` before the generator. */
  files: z.array(ShippedFile).optional(),
});
export type PackScale = z.infer<typeof PackScale>;

export const PackManifest = z.object({
  id: identifier,
  title: z.string().min(1),
  description: z.string().default(''),
  default_scale: z.string().min(1),
  scales: z.array(PackScale).min(1),
  styles: z.array(identifier).min(1),
});
export type PackManifest = z.infer<typeof PackManifest>;

export const ColumnTest = z.union([
  z.enum(['unique', 'not_null']),
  z.object({ relationships: z.object({ to: z.string().regex(/^\w+\.\w+$/, 'must be <schema>.<table>'), field: identifier }) }).strict(),
  z.object({ accepted_values: z.object({ values: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1) }) }).strict(),
]);
export type ColumnTest = z.infer<typeof ColumnTest>;

export const ModelColumn = z.object({
  name: identifier,
  description: z.string().optional(),
  tests: z.array(ColumnTest).default([]),
});
export type ModelColumn = z.infer<typeof ModelColumn>;

/** What every model-level test may carry: `expect: fail` marks a failure that teaches an anomaly. */
const expectation = {
  /** `fail`: the test is expected to find rows (it shows an anomaly); passing is then the failure. */
  expect: z.enum(['pass', 'fail']).default('pass'),
  /** Why the result is expected: shown beside an expected failure. */
  why: z.string().optional(),
};

/** Each determinant value has one dependent value: e.g. zip → city. */
export const FunctionalDependencyTest = z.object({
  functional_dependency: z.object({ determinant: z.array(identifier).min(1), dependent: z.array(identifier).min(1) }).strict(),
  ...expectation,
}).strict();
export type FunctionalDependencyTest = z.infer<typeof FunctionalDependencyTest>;

/**
 * A slowly changing dimension of type 2: per durable key, exactly one current version and no
 * overlapping validity. Validity is half-open, [valid_from, valid_to); the current version's
 * valid_to is NULL or 9999-12-31 (the retail pack uses 9999-12-31, so as-of joins need no NULL test).
 */
export const Scd2Test = z.object({
  scd2: z.object({ key: z.array(identifier).min(1), valid_from: identifier, valid_to: identifier, is_current: identifier }).strict(),
  ...expectation,
}).strict();
export type Scd2Test = z.infer<typeof Scd2Test>;

export const ModelTest = z.union([FunctionalDependencyTest, Scd2Test]);
export type ModelTest = z.infer<typeof ModelTest>;

export const Model = z.object({
  name: identifier,
  description: z.string().optional(),
  primary_key: z.array(identifier).optional(),
  /**
   * `view` builds the file as a view (as dbt's `materialized: view`): it stores nothing and always
   * reads the current rows of its tables, e.g. a vault's current-row view over an insert-only
   * satellite, which must see the rows a write scenario inserts.
   */
  materialized: z.enum(['table', 'view']).default('table'),
  columns: z.array(ModelColumn).default([]),
  /** Tests of the whole table (several columns at once). */
  tests: z.array(ModelTest).default([]),
});
export type Model = z.infer<typeof Model>;

export const SchemaFile = z.object({ models: z.array(Model).default([]) });
export type SchemaFile = z.infer<typeof SchemaFile>;

export const Question = z.object({
  id: identifier,
  title: z.string().min(1),
  description: z.string().default(''),
  /** When true the row order is part of the answer; otherwise results are compared as multisets. */
  ordered: z.boolean().default(false),
  /** The answer depends on history (what was true at the time of the order). */
  as_of: z.boolean().default(false),
  /** Styles that cannot answer, each with the reason in one sentence; such a style has no `sql` entry. */
  cannot_answer: z.record(z.string(), z.string().min(1)).default({}),
  sql: z.record(z.string(), z.string().min(1)),
});
export type Question = z.infer<typeof Question>;

export const WriteScenario = z.object({
  id: identifier,
  title: z.string().min(1),
  description: z.string().default(''),
  /** Statements per style; an empty list means the style has nowhere to record the change. */
  sql: z.record(z.string(), z.array(z.string().min(1))),
  keeps: z.record(z.string(), z.enum(['history', 'overwrite'])).default({}),
});
export type WriteScenario = z.infer<typeof WriteScenario>;
