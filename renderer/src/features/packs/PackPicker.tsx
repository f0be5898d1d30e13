/** Choose a pack and a scale, build it with a progress bar naming the step, cancel it. */
import { useId } from 'react';
import { usePack } from './usePack';
import { formatMs } from '../../core/format/numbers';
import './PackPicker.css';

export interface PackPickerProps {
  /** Called after a successful build. */
  onBuilt?: () => void;
}

export function PackPicker({ onBuilt }: PackPickerProps) {
  const { packId, scaleId, status, progress, report, error, pack, packs, selectPack, selectScale, build, cancel } = usePack();
  const packSelect = useId();
  const scaleSelect = useId();
  const building = status === 'building';
  const percent = progress && progress.total > 0 ? Math.round((100 * progress.done) / progress.total) : 0;

  return (
    <section className="pack-picker" aria-label="Dataset pack">
      <div className="pack-picker__row">
        <label htmlFor={packSelect}>Pack</label>
        <select id={packSelect} value={packId ?? ''} disabled={building} onChange={(e) => selectPack(e.target.value)}>
          {packs.map((p) => (
            <option key={`${p.origin}/${p.folder}`} value={p.pack?.id ?? p.folder} disabled={!p.pack}>
              {p.pack ? p.pack.title : `${p.folder} (broken)`}{p.origin === 'bundled' ? '' : ` — ${p.origin}`}
            </option>
          ))}
        </select>
        <label htmlFor={scaleSelect}>Scale</label>
        <select id={scaleSelect} value={scaleId ?? ''} disabled={building || !pack} onChange={(e) => selectScale(e.target.value)}>
          {pack?.scales.map((s) => (
            <option key={s.id} value={s.id}>{s.label}</option>
          ))}
        </select>
        {building ? (
          <button type="button" onClick={cancel}>Cancel</button>
        ) : (
          <button type="button" className="pack-picker__build" disabled={!pack} onClick={() => void build().then((r) => r && onBuilt?.())}>
            Build
          </button>
        )}
      </div>
      {building && progress && (
        <div className="pack-picker__progress">
          <progress max={100} value={percent} aria-label="Build progress" />
          <span aria-live="polite">{progress.step}</span>
        </div>
      )}
      <p className="pack-picker__status" role="status">
        {status === 'ready' && report && `Built ${report.pack} at ${report.scale} in ${formatMs(report.total_ms)}.`}
        {status === 'cancelled' && `Build cancelled.${report ? ` The ${report.scale} build is still in use.` : ''}`}
        {status === 'idle' && !report && 'Not built yet: choose a scale and press Build.'}
      </p>
      {status === 'failed' && error && (
        <p className="pack-picker__error" role="alert">
          Build failed: {error}
          {report ? ` The ${report.scale} build is still in use.` : ''}
        </p>
      )}
      {packs.filter((p) => p.error).map((p) => (
        <p key={`${p.origin}/${p.folder}`} className="pack-picker__error" role="alert">Pack {p.folder} cannot be loaded: {p.error}</p>
      ))}
    </section>
  );
}
