/** One operator of the plan tree, drawn in SVG: name, own time and share, rows, estimate flag. */
import { formatCount, formatSeconds, formatShare } from '../../core/format/numbers';
import type { LaidOutNode } from '../../core/plan/layout';
import { isScan } from '../../core/plan/parsePlan';

export interface PlanNodeBoxProps {
  item: LaidOutNode;
  hot: boolean;
  selected: boolean;
  onSelect: (id: number) => void;
  onHover: (id: number | null) => void;
}

/** "50,000 → 4,160 rows" when rows in differ (filters, scans with filters), else "150,000 rows". */
export function rowsText(n: LaidOutNode['node']): string {
  if (n.rows === null) return n.estimatedRows === null ? 'rows unknown' : `~${formatCount(n.estimatedRows)} est.`;
  const filtering = n.name === 'FILTER' || isScan(n.name);
  if (filtering && n.rowsIn !== null && n.rowsIn !== n.rows) return `${formatCount(n.rowsIn)} → ${formatCount(n.rows)} rows`;
  return `${formatCount(n.rows)} rows`;
}

/**
 * The box's accessible name: its visible text in reading order (name, time, rows, flag, share),
 * then what the figures mean, so the name contains what a speech-input user sees on the box.
 */
export function nodeLabel(n: LaidOutNode['node'], hot: boolean): string {
  const factor = Math.round(n.estimateFactor ?? 0);
  return [
    n.name,
    n.time !== null ? formatSeconds(n.time) : 'not run',
    rowsText(n),
    n.estimateOff ? `⚠ est. ×${factor}` : null,
    n.share !== null ? `${formatShare(n.share)} of the time` : null,
    n.estimateOff ? `the estimate is off by ${factor} times` : null,
    hot ? 'hottest' : null,
  ].filter(Boolean).join(', ');
}

export function PlanNodeBox({ item, hot, selected, onSelect, onHover }: PlanNodeBoxProps) {
  const n = item.node;
  const label = nodeLabel(n, hot);
  const cls = `plan-node${hot ? ' plan-node--hot' : ''}${selected ? ' plan-node--selected' : ''}`;
  return (
    <g
      className={cls}
      transform={`translate(${item.x},${item.y})`}
      role="button"
      tabIndex={0}
      aria-label={label}
      aria-pressed={selected}
      data-node-id={n.id}
      onClick={() => onSelect(n.id)}
      onKeyDown={(e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onSelect(n.id);
        }
      }}
      onMouseEnter={() => onHover(n.id)}
      onMouseLeave={() => onHover(null)}
      onFocus={() => onHover(n.id)}
      onBlur={() => onHover(null)}
    >
      <rect className="plan-node__box" width={item.width} height={item.height} rx={8} />
      {n.share !== null && (
        <rect className="plan-node__share" x={0} y={item.height - 7} width={Math.max(2, item.width * n.share)} height={7} rx={2} />
      )}
      {/* In the order the name reads them (see nodeLabel); where each sits is set by x and y. The
          spaces between the text elements (not drawn: SVG draws text only inside <text>) keep the
          pieces apart in the box's text content, which would otherwise run together. */}
      <text className="plan-node__name" x={12} y={26} textLength={n.name.length > 22 ? item.width - 70 : undefined} lengthAdjust="spacingAndGlyphs">
        {n.name}
      </text>
      {' '}
      <text className="plan-node__line" x={12} y={50}>{n.time !== null ? formatSeconds(n.time) : 'not run'}</text>
      {' '}
      <text className="plan-node__line" x={12} y={74}>{rowsText(n)}</text>
      {n.estimateOff && ' '}
      {n.estimateOff && (
        <text className="plan-node__flag" x={item.width - 12} y={50} textAnchor="end">
          ⚠ est. ×{Math.round(n.estimateFactor ?? 0)}
        </text>
      )}
      {n.share !== null && ' '}
      {n.share !== null && (
        <text className="plan-node__share-text" x={item.width - 12} y={26} textAnchor="end">{formatShare(n.share)}</text>
      )}
    </g>
  );
}
