/**
 * An entity-relationship diagram of one style: tables with columns, PK/FK marked, relationships
 * with crow's-foot ends; the star's fact in the centre, vault hubs/links/satellites coloured apart.
 */
import { useMemo } from 'react';
import { ER_HEADER, ER_ROW, layoutEr } from '../../core/diagram/erLayout';
import { erModel, type SchemaModelInput, type TableKind } from '../../core/diagram/erModel';
import { ZoomableSvg } from '../../components/ZoomableSvg';
import './ErDiagram.css';

export interface ErDiagramProps {
  title: string;
  models: SchemaModelInput[];
}

/** Words for each kind, shown in the table header and the legend. */
export const kindLabel: Record<TableKind, string> = {
  fact: 'fact', dimension: 'dimension', hub: 'hub', link: 'link', satellite: 'satellite', table: 'table',
};

export function ErDiagram({ title, models }: ErDiagramProps) {
  const model = useMemo(() => erModel(models), [models]);
  const layout = useMemo(() => layoutEr(model), [model]);
  const kinds = [...new Set(model.tables.map((t) => t.kind))];
  return (
    <div className="er">
      <ul className="er__legend" aria-label="Legend">
        {kinds.map((k) => (
          <li key={k}><span className={`er__swatch er-kind--${k}`} aria-hidden="true" /> {kindLabel[k]}</li>
        ))}
        <li><strong>PK</strong> primary key</li>
        <li><strong>FK</strong> foreign key</li>
        <li>crow’s foot = many</li>
      </ul>
      <ZoomableSvg title={title} width={layout.width} height={layout.height}>
        {layout.edges.map((e, i) => (
          <g key={i} className="er-edge">
            <path d={e.d} />
            <path d={e.childEnd.d} />
            <path d={e.parentEnd.d} />
            {e.childEnd.circle && <circle className="er-edge__circle" cx={e.childEnd.circle.cx} cy={e.childEnd.circle.cy} r={5} />}
            {e.parentEnd.circle && <circle className="er-edge__circle" cx={e.parentEnd.circle.cx} cy={e.parentEnd.circle.cy} r={5} />}
            <title>{`${e.relation.child}.${e.relation.childColumn} → ${e.relation.parent}.${e.relation.parentColumn} (${e.relation.childMany ? 'many' : 'one'} to one)`}</title>
          </g>
        ))}
        {layout.tables.map((b) => (
          <g
            key={b.table.name}
            className={`er-table er-kind--${b.table.kind}`}
            transform={`translate(${b.x},${b.y})`}
            data-table={b.table.name}
            data-kind={b.table.kind}
          >
            <rect className="er-table__box" width={b.width} height={b.height} rx={6} />
            <path className="er-table__head" d={`M0,6a6,6 0 0 1 6,-6h${b.width - 12}a6,6 0 0 1 6,6v${ER_HEADER - 6}h${-b.width}z`} />
            <text className="er-table__name" x={10} y={24}>{b.table.name}</text>
            <text className="er-table__kind" x={b.width - 10} y={24} textAnchor="end">{kindLabel[b.table.kind]}</text>
            {b.table.columns.map((c, i) => {
              const y = ER_HEADER + i * ER_ROW;
              const badge = [c.pk ? 'PK' : '', c.fk ? 'FK' : ''].filter(Boolean).join(' ');
              return (
                <g key={c.name}>
                  {i > 0 && <line className="er-table__rule" x1={0} x2={b.width} y1={y} y2={y} />}
                  <text className={`er-table__col${c.pk ? ' er-table__col--pk' : ''}`} x={10} y={y + 18}>{c.name}</text>
                  {badge && <text className="er-table__badge" x={b.width - 10} y={y + 18} textAnchor="end">{badge}</text>}
                  {c.description && <title>{c.description}</title>}
                </g>
              );
            })}
            <title>{b.table.description || b.table.name}</title>
          </g>
        ))}
      </ZoomableSvg>
    </div>
  );
}
