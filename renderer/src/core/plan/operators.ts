/**
 * Plain-language sentences for DuckDB's physical operators, for learners reading a plan.
 * The sentence for a node may quote its extra_info (table, condition, groups) to be concrete.
 */
import type { PlanNode } from './types';

const sentences: Record<string, string> = {
  SEQ_SCAN: 'Reads a table from start to end, only the columns the query needs, applying simple filters while reading.',
  TABLE_SCAN: 'Reads a table from start to end, only the columns the query needs, applying simple filters while reading.',
  INDEX_SCAN: 'Looks rows up through an index instead of reading the whole table.',
  COLUMN_DATA_SCAN: 'Reads rows the query already holds in memory (e.g. a VALUES list or a materialized result).',
  DUMMY_SCAN: 'Produces a single empty row, for a SELECT without FROM.',
  CHUNK_SCAN: 'Reads an intermediate result that an earlier step put aside.',
  DELIM_SCAN: 'Reads the distinct values a correlated subquery needs, prepared by a DELIM_JOIN.',
  CTE_SCAN: 'Reads the rows of a materialized common table expression (WITH).',
  READ_CSV: 'Reads and parses a CSV file.',
  READ_JSON: 'Reads and parses a JSON file.',
  READ_PARQUET: 'Reads a Parquet file, only the columns and row groups it needs.',
  FILTER: 'Keeps only the rows for which the condition is true; the others are dropped here.',
  PROJECTION: 'Computes the output columns (expressions, renames); the number of rows does not change.',
  HASH_JOIN: 'Builds a hash table on the right (smaller) input, then streams the left input through it to find matching rows by the join keys.',
  NESTED_LOOP_JOIN: 'Compares every row of one input with every row of the other: the fallback for join conditions that are not equalities.',
  PIECEWISE_MERGE_JOIN: 'Sorts both inputs on the join key and merges them: used for inequality joins (<, >, BETWEEN).',
  IE_JOIN: 'Joins on two inequality conditions at once using sorted inputs (an inequality join).',
  CROSS_PRODUCT: 'Pairs every row of one input with every row of the other (a Cartesian product): rows multiply.',
  POSITIONAL_JOIN: 'Glues the two inputs row by row, by position.',
  ASOF_JOIN: 'For each left row, finds the closest preceding right row (AS OF join).',
  DELIM_JOIN: 'Runs a correlated subquery once per distinct outer value, then joins the answers back.',
  LEFT_DELIM_JOIN: 'Runs a correlated subquery once per distinct outer value, then joins the answers back.',
  RIGHT_DELIM_JOIN: 'Runs a correlated subquery once per distinct outer value, then joins the answers back.',
  HASH_GROUP_BY: 'Groups rows by the GROUP BY keys in a hash table and computes the aggregates for each group.',
  PERFECT_HASH_GROUP_BY: 'Groups by small integer keys whose range is known, using a directly indexed array: a fast GROUP BY.',
  UNGROUPED_AGGREGATE: 'Computes aggregates (count, sum, …) over all its input rows, producing one row.',
  SIMPLE_AGGREGATE: 'Computes aggregates over all its input rows, producing one row.',
  STREAMING_WINDOW: 'Computes window functions that need no sorting (e.g. a running row number) as rows stream by.',
  WINDOW: 'Computes window functions: partitions and sorts the rows, then computes each row\'s value from its window.',
  UNNEST: 'Expands each list into one row per element (the other columns are repeated): rows multiply.',
  ORDER_BY: 'Sorts all its input rows (it must see every row before producing the first one).',
  TOP_N: 'Keeps only the first N rows in the requested order without sorting everything (ORDER BY … LIMIT N).',
  LIMIT: 'Stops after the requested number of rows.',
  STREAMING_LIMIT: 'Stops after the requested number of rows, as they stream by.',
  LIMIT_PERCENT: 'Keeps the requested percentage of the rows.',
  HASH_DISTINCT: 'Removes duplicate rows using a hash table.',
  DISTINCT: 'Removes duplicate rows.',
  UNION: 'Appends the rows of its inputs (UNION ALL; a DISTINCT above removes duplicates for UNION).',
  RESULT_COLLECTOR: 'Collects the final rows to hand them to the client.',
  CREATE_TABLE_AS: 'Writes its input rows into a new table.',
  INSERT: 'Writes its input rows into a table.',
  UPDATE: 'Changes the matching rows of a table.',
  DELETE: 'Removes the matching rows of a table.',
  EMPTY_RESULT: 'Produces no rows: DuckDB proved the result is empty.',
  CTE: 'Materializes a common table expression (WITH) once so it can be read several times.',
  RECURSIVE_CTE: 'Evaluates a recursive common table expression until no new rows appear.',
  PIVOT: 'Turns rows into columns (PIVOT).',
  SAMPLE: 'Keeps a random sample of the rows.',
};

/** The plain-language sentence for an operator name (trimmed, any case). */
export function describeOperatorName(name: string): string {
  const key = name.trim().toUpperCase().replace(/\s+/g, '_');
  return sentences[key] ?? (/SCAN/.test(key) ? 'Reads rows from a source.' : /JOIN/.test(key)
    ? 'Combines rows of its two inputs that match the join condition.'
    : `${name.trim()}: an operator without a description yet; see its details.`);
}

/** The sentence for a node, made concrete with the table, condition or keys from its extra_info. */
export function describeOperator(node: PlanNode): string {
  const base = describeOperatorName(node.name);
  const info = node.extraInfo;
  const oneLine = (s: string): string => s.split('\n').join(', ');
  if (info.Table) return `${base} Table: ${info.Table}.`;
  if (info.Conditions) return `${base} Condition: ${oneLine(info.Conditions)}${info['Join Type'] ? ` (${info['Join Type']} join)` : ''}.`;
  if (node.name === 'FILTER' && info.Expression) return `${base} Condition: ${info.Expression}.`;
  if (info.Groups) return `${base} Groups: ${oneLine(info.Groups)}.`;
  if (info.Top) return `${base} N = ${info.Top}.`;
  return base;
}
