/** The pack's part of the status bar: the build's progress with Cancel, then that it is ready (and its data tests' progress). */
import { useSyncExternalStore } from 'react';
import { cancelBuild, getPackState, selectedPack, subscribePack } from './packStore';
import { packStatusText } from './packStatusText';

export function PackStatus() {
  const state = useSyncExternalStore(subscribePack, getPackState, getPackState);
  const pack = selectedPack(state);
  const scale = pack?.scales.find((s) => s.id === state.scaleId);
  const view = pack && scale ? packStatusText(state, pack.title, scale.label) : null;
  if (!view) return null;
  return (
    <span className={`status-bar__pack status-bar__engine--${view.tone}`}>
      <span role="status" aria-live="polite" className="status-bar__engine">
        <span className="status-bar__dot" aria-hidden="true" />
        {view.text}
      </span>
      {view.progress !== null && view.activity && (
        <>
          <progress className="status-bar__progress" value={view.progress} max={1} aria-label={view.activity.label} />
          <button type="button" className="status-bar__cancel" onClick={cancelBuild}>
            {view.activity.stop}
          </button>
        </>
      )}
    </span>
  );
}
