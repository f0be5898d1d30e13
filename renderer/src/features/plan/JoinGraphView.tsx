/** The tables a plan reads (with the columns used) and its joins, numbered in execution order. */
import { useMemo } from 'react';
import { layoutJoinGraph } from '../../core/diagram/joinGraphLayout';
import { formatCount } from '../../core/format/numbers';
import { joinGraph, joinLabel } from '../../core/plan/joinGraph';
import type { Plan } from '../../core/plan/types';
import { ZoomableSvg } from '../../components/ZoomableSvg';
import './JoinGraphView.css';

export interface JoinGraphViewProps {
  plan: Plan;
  title?: string;
}

export function JoinGraphView({ plan, title = 'Join graph' }: JoinGraphViewProps) {
  const graph = useMemo(() => joinGraph(plan), [plan]);
  const layout = useMemo(() => layoutJoinGraph(graph), [graph]);
  const tableById = new Map(graph.tables.map((t) => [t.id, t]));
  return (
    <div className="join-graph">
      <ol className="join-graph__order" aria-label="Join order">
        {graph.joins.length === 0 && <li className="join-graph__none">No joins: {graph.tables.map((t) => t.name).join(', ') || 'no tables'} read.</li>}
        {graph.joins.map((j) => (
          <li key={j.nodeId}>
            <strong>{joinLabel(graph, j)}</strong> — {j.type || j.operator}
            {j.keys.length > 0 && <> on <code>{j.keys.map((k) => `${k.left.column} ${k.op} ${k.right.column}`).join(' AND ')}</code></>}
            {j.rows !== null && <> → {formatCount(j.rows)} rows</>}
          </li>
        ))}
      </ol>
      <ZoomableSvg title={title} width={layout.width} height={layout.height}>
        {layout.edges.map((e, i) => (
          <line key={`l${i}`} className="jg-edge" x1={e.x1} y1={e.y1} x2={e.x2} y2={e.y2} />
        ))}
        {layout.tables.map((b) => {
          const t = tableById.get(b.id)!;
          return (
            <g key={b.id} transform={`translate(${b.x},${b.y})`} className="jg-table">
              <rect width={b.width} height={b.height} rx={6} />
              <rect className="jg-table__head" width={b.width} height={34} rx={6} />
              <text x={10} y={23} className="jg-table__name">{t.name}</text>
              {t.columns.map((c, i) => (
                <text key={c} x={14} y={34 + 20 + i * 24} className="jg-table__col">{c}</text>
              ))}
              <title>{`${t.name}: ${formatCount(t.rows)} rows read`}</title>
            </g>
          );
        })}
        {layout.edges.map((e, i) => {
          const lines = [e.title, ...e.keys];
          const w = Math.max(...lines.map((l) => l.length)) * 8.4 + 20;
          const h = lines.length * 20 + 10;
          return (
            <g key={`b${i}`} className="jg-label" transform={`translate(${e.lx - w / 2},${e.ly - h / 2})`}>
              <rect width={w} height={h} rx={6} />
              {lines.map((l, k) => (
                <text key={k} x={w / 2} y={20 + k * 20} textAnchor="middle" className={k === 0 ? 'jg-label__title' : ''}>{l}</text>
              ))}
            </g>
          );
        })}
      </ZoomableSvg>
    </div>
  );
}
