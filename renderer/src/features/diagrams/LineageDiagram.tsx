/** Lineage: source tables → style tables as a DAG; clicking a built table opens its SQL. */
import { useMemo } from 'react';
import { layoutLineage, type LineageInput } from '../../core/diagram/lineage';
import { ZoomableSvg } from '../../components/ZoomableSvg';
import './LineageDiagram.css';

export interface LineageDiagramProps {
  title: string;
  tables: LineageInput[];
  /** Limit to tables of these schemas (and what they read). */
  schemas?: string[];
  onOpen: (id: string) => void;
}

export function LineageDiagram({ title, tables, schemas, onOpen }: LineageDiagramProps) {
  const layout = useMemo(() => layoutLineage(tables, schemas ? { schemas } : {}), [tables, schemas]);
  return (
    <ZoomableSvg title={title} width={layout.width} height={layout.height}>
      {layout.edges.map((e) => <path key={`${e.from}>${e.to}`} className="lineage-edge" d={e.d} />)}
      {layout.nodes.map((n) => {
        const open = () => {
          if (!n.external) onOpen(n.id);
        };
        return (
          <g
            key={n.id}
            className={`lineage-node lineage-schema--${n.schema}${n.inScope ? '' : ' lineage-node--external'}`}
            transform={`translate(${n.x},${n.y})`}
            data-table={n.id}
            {...(n.external
              ? { role: 'img', 'aria-label': `${n.id} (generated source)` }
              : {
                  role: 'button',
                  tabIndex: 0,
                  'aria-label': `Open the SQL of ${n.id}`,
                  onClick: open,
                  onKeyDown: (e: React.KeyboardEvent) => {
                    if (e.key === 'Enter' || e.key === ' ') {
                      e.preventDefault();
                      open();
                    }
                  },
                })}
          >
            <rect width={n.width} height={n.height} rx={8} />
            <text className="lineage-node__schema" x={12} y={20}>{n.schema}</text>
            <text className="lineage-node__table" x={12} y={40}>{n.table}</text>
          </g>
        );
      })}
    </ZoomableSvg>
  );
}
