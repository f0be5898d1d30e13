/**
 * The plan as a tree (layout from core/plan, rendered by React, zoom by d3-zoom): edges as thick
 * as the rows they carry, the hottest operators highlighted, long branches collapsible.
 */
import { useMemo, useState } from 'react';
import { formatCount } from '../../core/format/numbers';
import { defaultCollapsed, layoutPlan } from '../../core/plan/layout';
import type { Plan } from '../../core/plan/types';
import { ZoomableSvg } from '../../components/ZoomableSvg';
import { PlanNodeBox } from './PlanNodeBox';
import './PlanTree.css';

export interface PlanTreeProps {
  plan: Plan;
  title: string;
  hotIds: number[];
  selectedId: number | null;
  onSelect: (id: number) => void;
  onHover?: (id: number | null) => void;
  /** Depth beyond which branches start collapsed (the hottest stay visible). */
  collapseDepth?: number;
}

export function PlanTree({ plan, title, hotIds, selectedId, onSelect, onHover, collapseDepth = 8 }: PlanTreeProps) {
  const [collapsed, setCollapsed] = useState<Set<number>>(() => defaultCollapsed(plan, collapseDepth, hotIds));
  const layout = useMemo(() => layoutPlan(plan, { collapsed }), [plan, collapsed]);
  const hot = new Set(hotIds);
  const first = layout.nodes.find((n) => n.node.id === hotIds[0]);
  const focus = useMemo(() => (first ? { x: first.x + first.width / 2, y: first.y + first.height / 2 } : null),
    // Focus once per plan, not on every collapse.
    [plan]);
  const toggle = (id: number) =>
    setCollapsed((s) => {
      const next = new Set(s);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <ZoomableSvg title={title} width={layout.width} height={layout.height + 30} initialFocus={focus}>
      <g className="plan-edges">
        {layout.edges.map((e) => (
          <path key={`${e.from}-${e.to}`} className="plan-edge" d={e.d} strokeWidth={e.width}>
            <title>{e.rows === null ? 'rows unknown' : `${formatCount(e.rows)} rows`}</title>
          </path>
        ))}
      </g>
      {layout.nodes.map((item) => (
        <PlanNodeBox
          key={item.node.id}
          item={item}
          hot={hot.has(item.node.id)}
          selected={selectedId === item.node.id}
          onSelect={onSelect}
          onHover={onHover ?? (() => undefined)}
        />
      ))}
      {layout.nodes.filter((item) => item.node.children.length > 0).map((item) => {
        const isCollapsed = collapsed.has(item.node.id);
        const cx = item.x + item.width / 2;
        const cy = item.y + item.height + 14;
        return (
          <g
            key={`t${item.node.id}`}
            className="plan-toggle"
            role="button"
            tabIndex={0}
            aria-expanded={!isCollapsed}
            aria-label={isCollapsed ? `Show ${item.hidden} hidden operators below ${item.node.name}` : `Hide the operators below ${item.node.name}`}
            onClick={() => toggle(item.node.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                toggle(item.node.id);
              }
            }}
          >
            <rect x={cx - (isCollapsed ? 24 : 12)} y={cy - 11} width={isCollapsed ? 48 : 24} height={22} rx={11} />
            <text x={cx} y={cy + 5} textAnchor="middle">{isCollapsed ? `+${item.hidden}` : '−'}</text>
          </g>
        );
      })}
    </ZoomableSvg>
  );
}
