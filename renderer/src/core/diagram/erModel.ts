/**
 * The entity-relationship model of one style, built from its dbt-like schema.yml models:
 * tables with columns, primary and foreign keys, and relationships with their cardinality.
 */

/** One column of a schema.yml model (the shape PACK.md declares; extra fields are ignored). */
export interface SchemaColumnInput {
  name: string;
  description?: string;
  tests?: unknown[];
}

/** One model of a schema.yml. */
export interface SchemaModelInput {
  name: string;
  description?: string;
  primary_key?: string[];
  columns?: SchemaColumnInput[];
}

/** How a table is drawn: star and vault roles get their own colours. */
export type TableKind = 'fact' | 'dimension' | 'hub' | 'link' | 'satellite' | 'table';

export interface ErColumn {
  name: string;
  description: string;
  pk: boolean;
  /** Referenced table (bare name) when the column is a foreign key. */
  fk: string | null;
  /** Referenced column. */
  fkField: string | null;
  notNull: boolean;
  unique: boolean;
}

export interface ErTable {
  name: string;
  kind: TableKind;
  description: string;
  columns: ErColumn[];
}

/** A relationship from the child (holding the foreign key) to the parent it references. */
export interface ErRelation {
  child: string;
  childColumn: string;
  parent: string;
  parentColumn: string;
  /** Child side: many rows per parent, or at most one (FK is unique). */
  childMany: boolean;
  /** Parent side: mandatory (FK not null) or optional. */
  parentMandatory: boolean;
}

export interface ErModel {
  tables: ErTable[];
  relations: ErRelation[];
}

/** Kind of a table from the naming conventions of star schemas and Data Vault. */
export function tableKind(name: string): TableKind {
  const n = name.toLowerCase();
  if (/^(fact|fct)_/.test(n)) return 'fact';
  if (/^dim_/.test(n)) return 'dimension';
  if (/^hub_/.test(n)) return 'hub';
  if (/^(link|lnk)_/.test(n)) return 'link';
  if (/^sat_/.test(n)) return 'satellite';
  return 'table';
}

/** "star.dim_customers", "ref('dim_customers')" → "dim_customers". */
export function bareTableName(to: string): string {
  const ref = /ref\(\s*['"]([^'"]+)['"]\s*\)/.exec(to);
  const name = ref ? ref[1] : to.trim();
  const parts = name.split('.');
  return parts[parts.length - 1];
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Read a column's tests: not_null, unique and the first relationships test. */
function readTests(tests: unknown[] | undefined): { notNull: boolean; unique: boolean; to: string | null; field: string | null } {
  const out = { notNull: false, unique: false, to: null as string | null, field: null as string | null };
  for (const t of tests ?? []) {
    if (t === 'not_null') out.notNull = true;
    else if (t === 'unique') out.unique = true;
    else if (isRecord(t) && isRecord(t.relationships) && out.to === null) {
      out.to = typeof t.relationships.to === 'string' ? bareTableName(t.relationships.to) : null;
      out.field = typeof t.relationships.field === 'string' ? t.relationships.field : null;
    }
  }
  return out;
}

/** Build the ER model of a style from its schema.yml models. */
export function erModel(models: SchemaModelInput[]): ErModel {
  const relations: ErRelation[] = [];
  const names = new Set(models.map((m) => m.name));
  const tables = models.map((m): ErTable => {
    const pk = m.primary_key ?? [];
    const columns = (m.columns ?? []).map((c): ErColumn => {
      const t = readTests(c.tests);
      return {
        name: c.name,
        description: c.description ?? '',
        pk: pk.includes(c.name),
        fk: t.to,
        fkField: t.field,
        notNull: t.notNull || pk.includes(c.name),
        unique: t.unique || (pk.length === 1 && pk[0] === c.name),
      };
    });
    // Declared keys not listed as columns still belong in the diagram.
    for (const k of pk) if (!columns.some((c) => c.name === k)) {
      columns.unshift({ name: k, description: '', pk: true, fk: null, fkField: null, notNull: true, unique: pk.length === 1 });
    }
    for (const c of columns) {
      if (c.fk && names.has(c.fk)) {
        relations.push({
          child: m.name,
          childColumn: c.name,
          parent: c.fk,
          parentColumn: c.fkField ?? c.name,
          childMany: !c.unique,
          parentMandatory: c.notNull,
        });
      }
    }
    return { name: m.name, kind: tableKind(m.name), description: m.description ?? '', columns };
  });
  return { tables, relations };
}

/**
 * Complete declared models with the columns the built tables really have (schema.yml usually
 * lists only the tested columns): actual column order, declared details kept, declared columns
 * missing from the table kept at the end, built tables without a model added without keys.
 */
export function withActualColumns(models: SchemaModelInput[], actual: Record<string, string[]>): SchemaModelInput[] {
  const merged = models.map((m): SchemaModelInput => {
    const cols = actual[m.name];
    if (!cols || cols.length === 0) return m;
    const declared = new Map((m.columns ?? []).map((c) => [c.name, c]));
    const columns = cols.map((name) => declared.get(name) ?? { name });
    for (const c of m.columns ?? []) if (!cols.includes(c.name)) columns.push(c);
    return { ...m, columns };
  });
  const known = new Set(models.map((m) => m.name));
  for (const [name, cols] of Object.entries(actual)) {
    if (!known.has(name)) merged.push({ name, columns: cols.map((c) => ({ name: c })) });
  }
  return merged;
}
