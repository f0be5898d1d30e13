/**
 * "New style" in a pack: start empty or from a copy of a reference style, edit its tables and its
 * schema.yml in Monaco, save. The style then builds, is tested and compared like the reference
 * ones (the pack catalog reloads the pack with it); a mistake is named with its file and line
 * and the pack keeps its last good definition and build.
 */
import { useId, useState } from 'react';
import { startOwnStyle, styleIdProblem, type OwnStyle } from '../../core/course/ownStyle';
import type { Pack } from '../../core/pack/loadPack';
import { SqlBox } from '../../components/sqlEditor/SqlBox';
import { ownStylesOf, setOwnStyles, type CatalogPack } from './packCatalog';
import './OwnStylePanel.css';

export interface OwnStylePanelProps {
  pack: Pack;
  /** The pack's catalog entry: its files, and why own styles could not be added. */
  entry: CatalogPack;
}

export function OwnStylePanel({ pack, entry }: OwnStylePanelProps) {
  const ids = useId();
  const styles = ownStylesOf(pack.id);
  const reference = pack.styles.filter((s) => !styles.some((o) => o.id === s));
  const [id, setId] = useState('');
  const [from, setFrom] = useState<string>('star');
  const [problem, setProblem] = useState<string | null>(null);
  const [open, setOpen] = useState<{ style: string; file: string } | null>(null);
  const [draft, setDraft] = useState('');
  const [resetKey, setResetKey] = useState(0);

  const create = () => {
    const wrong = styleIdProblem(id, pack.styles);
    setProblem(wrong);
    if (wrong) return;
    const style = startOwnStyle(entry.files, id, from === '' ? null : from);
    setOwnStyles(pack.id, [...styles, style]);
    setId('');
  };
  const show = (style: OwnStyle, file: string) => {
    setOpen({ style: style.id, file });
    setDraft(style.files[file] ?? '');
    setResetKey((k) => k + 1);
  };
  const save = () => {
    if (!open) return;
    setOwnStyles(pack.id, styles.map((s) => (s.id === open.style ? { ...s, files: { ...s.files, [open.file]: draft } } : s)));
  };
  const remove = (styleId: string) => {
    setOwnStyles(pack.id, styles.filter((s) => s.id !== styleId));
    if (open?.style === styleId) setOpen(null);
  };

  return (
    <section className="own-styles" aria-labelledby={`${ids}-h`}>
      <h3 id={`${ids}-h`}>Your own styles</h3>
      <div className="own-styles__new" role="group" aria-label="New style">
        <label htmlFor={`${ids}-id`}>Style id</label>
        <input id={`${ids}-id`} value={id} onChange={(e) => setId(e.target.value.trim())} placeholder="my_star" />
        <label htmlFor={`${ids}-from`}>Start from</label>
        <select id={`${ids}-from`} value={from} onChange={(e) => setFrom(e.target.value)}>
          <option value="">an empty style</option>
          {reference.map((s) => (
            <option key={s} value={s}>
              a copy of {s}
            </option>
          ))}
        </select>
        <button type="button" className="btn" onClick={create}>
          New style
        </button>
      </div>
      {problem && <p role="alert" className="own-styles__error">{problem}</p>}
      {entry.ownStyleError && (
        <p role="alert" className="own-styles__error">
          Your style does not load: {entry.ownStyleError}. The pack keeps its last good definition and build.
        </p>
      )}
      {styles.map((s) => (
        <div key={s.id} className="own-styles__style">
          <h4>
            {s.id} <span className="own-styles__from">{s.from ? `from ${s.from}` : 'started empty'}</span>
          </h4>
          <ul className="own-styles__files" aria-label={`Files of ${s.id}`}>
            {Object.keys(s.files).sort().map((f) => (
              <li key={f}>
                <button type="button" className="btn" aria-pressed={open?.style === s.id && open.file === f} onClick={() => show(s, f)}>
                  {f.split('/').pop()}
                </button>
              </li>
            ))}
          </ul>
          {open?.style === s.id && (
            <div className="own-styles__editor">
              <SqlBox key={open.file} label={`Edit ${open.file}`} value={draft} onChange={setDraft} onSubmit={save} resetKey={resetKey} />
              <button type="button" className="btn btn--primary" onClick={save}>
                Save {open.file.split('/').pop()}
              </button>
            </div>
          )}
          <button type="button" className="btn btn--danger" onClick={() => remove(s.id)}>
            Delete style {s.id}
          </button>
        </div>
      ))}
    </section>
  );
}
