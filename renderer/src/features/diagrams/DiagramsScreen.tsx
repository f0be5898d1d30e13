/**
 * The studio's Diagrams view: for a pack's style, its ER diagram (from schema.yml, completed
 * with the built tables' columns when the style is built) or its lineage from the sources.
 */
import { useEffect, useMemo, useState } from 'react';
import { withActualColumns, type SchemaModelInput } from '../../core/diagram/erModel';
import { sqlString } from '../../core/sqlText/quote';
import { styleLabel } from '../../core/styles/styleInfo';
import { usePack } from '../packs';
import { useStudio } from '../studio';
import { ErDiagram } from './ErDiagram';
import { LineageDiagram } from './LineageDiagram';
import './DiagramsScreen.css';

type Kind = 'er' | 'lineage';

export function DiagramsScreen() {
  const { engine } = useStudio();
  // The pack is shared with the other views (usePack); a build refreshes the real columns.
  const { pack, packId, selectPack, report, packs } = usePack();
  const usable = packs.filter((p) => p.pack);
  const [style, setStyle] = useState('star');
  const [kind, setKind] = useState<Kind>('er');
  const [wholePack, setWholePack] = useState(false);
  const [actual, setActual] = useState<Record<string, string[]>>({});
  const styleId = pack?.styles.includes(style) ? style : (pack?.styles[0] ?? '');

  useEffect(() => {
    let alive = true;
    setActual({});
    if (!styleId) return;
    // The built tables' columns complete schema.yml, which lists only tested columns.
    engine
      .query(`SELECT table_name, column_name FROM information_schema.columns WHERE table_catalog = current_database() AND table_schema = ${sqlString(styleId)} ORDER BY table_name, ordinal_position`)
      .then((r) => {
        if (!alive) return;
        const out: Record<string, string[]> = {};
        for (const [t, c] of r.rows) (out[String(t)] ??= []).push(String(c));
        setActual(out);
      })
      .catch(() => undefined); // not built yet: declared columns only
    return () => {
      alive = false;
    };
  }, [engine, styleId, report]);

  const models = useMemo<SchemaModelInput[]>(() => {
    if (!pack) return [];
    const declared = pack.tables.filter((t) => t.style === styleId).map((t) => t.model ?? { name: t.name, columns: [] });
    return withActualColumns(declared, actual);
  }, [pack, styleId, actual]);
  const lineage = useMemo(() => (pack ? pack.tables.map((t) => ({ id: t.qualified, reads: t.reads })) : []), [pack]);
  const { openInEditor } = useStudio();
  const openTable = (id: string) => {
    const t = pack?.tables.find((x) => x.qualified === id);
    if (t) openInEditor(t.sql, { title: t.qualified });
  };

  if (!pack) {
    return (
      <div className="diagrams-screen">
        <h1>Diagrams</h1>
        <p role="alert">No dataset pack could be loaded{packs[0]?.error ? `: ${packs[0].error}` : '.'}</p>
      </div>
    );
  }
  const title = `${pack.title} — ${styleLabel(styleId)} — ${kind === 'er' ? 'ER diagram' : 'lineage'}`;
  return (
    <div className="diagrams-screen">
      <div className="diagrams-screen__controls">
        {usable.length > 1 && (
          <label>
            Pack{' '}
            <select value={packId ?? ''} onChange={(e) => selectPack(e.target.value)}>
              {usable.map((p) => <option key={p.pack!.id} value={p.pack!.id}>{p.pack!.title}</option>)}
            </select>
          </label>
        )}
        <div role="radiogroup" aria-label="Style" className="diagrams-screen__styles">
          {pack.styles.map((s) => (
            <button key={s} type="button" role="radio" aria-checked={s === styleId} className="btn diagrams-screen__style" onClick={() => setStyle(s)}>
              {styleLabel(s)}
            </button>
          ))}
        </div>
        <div role="radiogroup" aria-label="Diagram" className="diagrams-screen__kinds">
          <button type="button" role="radio" aria-checked={kind === 'er'} className="btn diagrams-screen__style" onClick={() => setKind('er')}>ER diagram</button>
          <button type="button" role="radio" aria-checked={kind === 'lineage'} className="btn diagrams-screen__style" onClick={() => setKind('lineage')}>Lineage</button>
        </div>
        {kind === 'lineage' && (
          <label>
            <input type="checkbox" checked={wholePack} onChange={(e) => setWholePack(e.target.checked)} /> All styles
          </label>
        )}
      </div>
      {kind === 'er' ? (
        <ErDiagram key={styleId} title={title} models={models} />
      ) : (
        <LineageDiagram key={styleId + wholePack} title={title} tables={lineage} {...(wholePack ? {} : { schemas: [styleId] })} onOpen={openTable} />
      )}
    </div>
  );
}

export default DiagramsScreen;
