/** The side panel describing one operator: what it does in plain words, its numbers, its details. */
import { formatBytes, formatCount, formatSeconds, formatShare } from '../../core/format/numbers';
import { describeOperator } from '../../core/plan/operators';
import { isScan } from '../../core/plan/parsePlan';
import type { PlanNode } from '../../core/plan/types';

export interface PlanDetailsProps {
  node: PlanNode | null;
}

export function PlanDetails({ node }: PlanDetailsProps) {
  if (!node) {
    return (
      <aside className="plan-details" aria-label="Operator details">
        <p>Select an operator to see what it does.</p>
      </aside>
    );
  }
  const rows: [string, string][] = [];
  if (node.time !== null) rows.push(['Own time', `${formatSeconds(node.time)} (${formatShare(node.share)} of the total)`]);
  rows.push(['Rows out', formatCount(node.rows)]);
  if (node.rowsIn !== null) rows.push([isScan(node.name) ? 'Rows scanned' : 'Rows in', formatCount(node.rowsIn)]);
  if (node.estimatedRows !== null) {
    const off = node.estimateFactor !== null && node.rows !== null ? ` (off by ×${node.estimateFactor.toFixed(1)})` : '';
    rows.push(['Estimated rows', `${formatCount(node.estimatedRows)}${off}`]);
  }
  if (node.resultBytes !== null) rows.push(['Output size', formatBytes(node.resultBytes)]);
  const extra = Object.entries(node.extraInfo).filter(([k]) => k !== 'Estimated Cardinality');
  return (
    <aside className="plan-details" aria-label="Operator details" aria-live="polite">
      <h2>{node.name}</h2>
      <p className="plan-details__sentence">{describeOperator(node)}</p>
      {node.estimateOff && (
        <p className="plan-details__flag">
          ⚠ DuckDB expected {formatCount(node.estimatedRows)} rows but got {formatCount(node.rows)}: its statistics misled it here,
          which can lead to a poor join order or hash table size.
        </p>
      )}
      <dl>
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
        {extra.map(([k, v]) => (
          <div key={`x-${k}`}>
            <dt>{k}</dt>
            <dd className="plan-details__code">{v}</dd>
          </div>
        ))}
      </dl>
    </aside>
  );
}
