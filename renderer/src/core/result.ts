/**
 * The shape of a query result as the whole studio sees it: plain JSON-like values, so that
 * results can be compared, saved, exported and rendered without knowing about Arrow.
 */

/** One cell. Integers beyond 2^53 and DECIMALs beyond double precision stay exact as strings. */
export type Cell = null | boolean | number | string | Cell[] | { [field: string]: Cell };

/** A result column: its name and DuckDB's SQL type (e.g. `INTEGER`, `STRUCT(a INTEGER)[]`). */
export interface ResultColumn {
  name: string;
  type: string;
}

/** A fully materialized result: columns and rows (each row one Cell per column). */
export interface ResultSet {
  columns: ResultColumn[];
  rows: Cell[][];
}
