/**
 * The normalized plan: what the studio shows of a DuckDB `EXPLAIN (FORMAT JSON)` or
 * `EXPLAIN (ANALYZE, FORMAT JSON)` result, independent of DuckDB's raw field names.
 */

/** One operator of a plan. Numbers are null when the plan was not analyzed (or DuckDB omits them). */
export interface PlanNode {
  /** Pre-order index in the tree (root = 0): stable within one plan, used as a React key. */
  id: number;
  /** Operator name, trimmed (DuckDB pads some, e.g. `'SEQ_SCAN '`). */
  name: string;
  /** Depth below the root (root = 0). */
  depth: number;
  /** Own time in seconds (children not included), analyzed plans only. */
  time: number | null;
  /** Own time as a share (0..1) of the plan's total operator time. */
  share: number | null;
  /** Rows this operator produced. */
  rows: number | null;
  /** DuckDB's estimate of `rows` (extra_info "Estimated Cardinality"). */
  estimatedRows: number | null;
  /** How far off the estimate is, as a factor ≥ 1 (max/min, min floored at 1); null if unknown. */
  estimateFactor: number | null;
  /** True when the estimate is off by ×10 or more. */
  estimateOff: boolean;
  /** Rows coming in: rows scanned for scans, the children's rows for every other operator. */
  rowsIn: number | null;
  /** Bytes of the operator's output (result_set_size). */
  resultBytes: number | null;
  /** extra_info flattened: arrays joined with newlines. */
  extraInfo: Record<string, string>;
  children: PlanNode[];
}

/** A parsed plan with its totals. */
export interface Plan {
  root: PlanNode;
  /** True when times and row counts were measured (EXPLAIN ANALYZE). */
  analyzed: boolean;
  /** Total time in seconds: DuckDB's latency when given, else the sum of operator times. */
  totalTime: number | null;
  /** Rows returned by the query (the root operator's rows). */
  rows: number | null;
  /** Bytes of the query's result (the root operator's result_set_size). */
  resultBytes: number | null;
  /** Every node in pre-order (index = id). */
  nodes: PlanNode[];
}
