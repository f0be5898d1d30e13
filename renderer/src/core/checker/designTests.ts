/**
 * The declared tests of a design exercise, as SQL and as words. Each test is one query whose
 * result says what is wrong (no rows, or a zero count, when it holds); `describeFailure` turns
 * that result into the sentence the student reads, naming the table, the column and an example.
 * Pure: the player and `lessons:check` run the SQL on the engine.
 */
import type { DesignTest } from '../lessons/lessonSchema';
import type { ResultSet } from '../result';
import { formatCell } from './cells';
import { quoteIdent, sqlString } from '../sqlText/quote';

/** A test, ready to run: its name in words, the probe query, and how to read its result. */
export interface DesignProbe {
  /** Short name, e.g. "customer_key is unique in dim_customer". */
  name: string;
  sql: string;
  /** The sentence for a failing probe result, or null when the test holds. */
  verdict(result: ResultSet): string | null;
}

function list(names: readonly string[]): string {
  return names.map(quoteIdent).join(', ');
}

function words(names: readonly string[]): string {
  return names.length === 1 ? names[0]! : `(${names.join(', ')})`;
}

/** "3 rows, e.g. 5, 7" — the count and up to three examples from column `from` on. */
function examples(result: ResultSet, from: number): string {
  const shown = result.rows.slice(0, 3).map((r) => {
    const cells = r.slice(from).map((c) => formatCell(c));
    return cells.length === 1 ? cells[0] : `(${cells.join(', ')})`;
  });
  return shown.length ? `, e.g. ${shown.join('; ')}` : '';
}

function count(result: ResultSet): number {
  return Number(result.rows[0]?.[0] ?? 0);
}

/** The probe for one test on tables of `schema`. */
export function designProbe(schema: string, test: DesignTest): DesignProbe {
  const t = (table: string) => `${quoteIdent(schema)}.${quoteIdent(table)}`;
  if ('exists' in test) {
    const wanted = test.columns;
    return {
      name: `table ${test.exists} exists${wanted.length ? ` with ${wanted.join(', ')}` : ''}`,
      sql: `SELECT column_name FROM information_schema.columns WHERE table_catalog = current_database() AND table_schema = ${sqlString(schema)} AND table_name = ${sqlString(test.exists)}`,
      verdict(result) {
        if (result.rows.length === 0) return `There is no table or view ${schema}.${test.exists}.`;
        const have = new Set(result.rows.map((r) => String(r[0]).toLowerCase()));
        const missing = wanted.filter((c) => !have.has(c));
        return missing.length ? `${schema}.${test.exists} has no column ${missing.join(', ')} (it has ${[...have].join(', ')}).` : null;
      },
    };
  }
  if ('unique' in test) {
    const cols = list(test.columns);
    return {
      name: `${words(test.columns)} is unique in ${test.unique}`,
      sql: `SELECT count(*) OVER () AS duplicated, ${cols} FROM ${t(test.unique)} GROUP BY ${cols} HAVING count(*) > 1 ORDER BY ${cols} LIMIT 3`,
      verdict(result) {
        if (result.rows.length === 0) return null;
        const n = count(result);
        return `${words(test.columns)} is not unique in ${test.unique}: ${n} value${n === 1 ? ' appears' : 's appear'} more than once${examples(result, 1)}.`;
      },
    };
  }
  if ('not_null' in test) {
    const sums = test.columns.map((c) => `count(*) FILTER (WHERE ${quoteIdent(c)} IS NULL)`).join(', ');
    return {
      name: `${test.columns.join(', ')} not null in ${test.not_null}`,
      sql: `SELECT ${sums} FROM ${t(test.not_null)}`,
      verdict(result) {
        const bad = test.columns.flatMap((c, i) => {
          const n = Number(result.rows[0]?.[i] ?? 0);
          return n > 0 ? [`${c} is NULL in ${n} row${n === 1 ? '' : 's'} of ${test.not_null}`] : [];
        });
        return bad.length ? `${bad.join('; ')}.` : null;
      },
    };
  }
  if ('relationship' in test) {
    const col = quoteIdent(test.column);
    return {
      name: `every ${test.relationship}.${test.column} is a ${test.to}.${test.field}`,
      sql:
        `SELECT count(*) OVER () AS orphans, c.${col} FROM ${t(test.relationship)} AS c ` +
        `WHERE c.${col} IS NOT NULL AND c.${col} NOT IN (SELECT p.${quoteIdent(test.field)} FROM ${t(test.to)} AS p WHERE p.${quoteIdent(test.field)} IS NOT NULL) ` +
        `ORDER BY c.${col} LIMIT 3`,
      verdict(result) {
        if (result.rows.length === 0) return null;
        const n = count(result);
        return `${n} row${n === 1 ? '' : 's'} of ${test.relationship} point${n === 1 ? 's' : ''} to no ${test.to}: ${test.column} not found in ${test.to}.${test.field}${examples(result, 1)}.`;
      },
    };
  }
  const key = test.key.map((k) => `a.${quoteIdent(k)} = b.${quoteIdent(k)}`).join(' AND ');
  const far = `DATE '9999-12-31'`;
  const from = quoteIdent(test.valid_from);
  const to = quoteIdent(test.valid_to);
  return {
    name: `validity ranges of ${words(test.key)} do not overlap in ${test.no_overlap}`,
    sql:
      `WITH v AS (SELECT row_number() OVER () AS rn, * FROM ${t(test.no_overlap)}) ` +
      `SELECT count(*) OVER () AS overlaps, ${test.key.map((k) => `a.${quoteIdent(k)}`).join(', ')}, a.${from}, a.${to}, b.${from}, b.${to} ` +
      `FROM v AS a JOIN v AS b ON ${key} AND a.rn < b.rn ` +
      `AND a.${from} < coalesce(b.${to}, ${far}) AND b.${from} < coalesce(a.${to}, ${far}) LIMIT 3`,
    verdict(result) {
      if (result.rows.length === 0) return null;
      const n = count(result);
      const k = test.key.length;
      const range = (from: unknown, to: unknown) => `${String(from)} to ${to === null ? 'open' : String(to)}`;
      const shown = result.rows.slice(0, 3).map((r) => {
        const key = r.slice(1, 1 + k).map((c) => formatCell(c)).join(', ');
        return `${test.key.join(', ')} ${key}: ${range(r[1 + k], r[2 + k])} and ${range(r[3 + k], r[4 + k])}`;
      });
      return `Validity ranges overlap in ${test.no_overlap}: ${n} pair${n === 1 ? '' : 's'} of versions of the same ${words(test.key)} ${n === 1 ? 'is' : 'are'} valid at the same time, e.g. ${shown.join('; ')}.`;
    },
  };
}
