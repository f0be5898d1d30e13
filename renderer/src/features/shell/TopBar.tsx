/**
 * The slim bar above the views: when the workspace was last saved, short notes (toasts), and
 * the presentation-mode switch. In presentation mode the side navigation is hidden, so the
 * views are chosen here instead.
 */
import type { ViewId } from '../studio';
import type { SyncStatus } from '../workspace';
import type { ViewDefinition } from './viewDefinition';
import './TopBar.css';

export interface TopBarProps {
  sync: SyncStatus;
  presentation: boolean;
  onTogglePresentation(): void;
  views: ViewDefinition[];
  active: ViewId;
  onSelectView(id: ViewId): void;
  /** List the kept earlier versions of the workspace, to restore one. */
  onShowBackups(): void;
}

function savedText(sync: SyncStatus): string {
  if (!sync.loaded) return 'Reading the workspace…';
  if (sync.paused) return 'Not saving (see the message)';
  if (!sync.lastSavedAt) return 'Not saved yet';
  const time = new Date(sync.lastSavedAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });
  return `Saved ${time}${sync.location ? ` in ${sync.location}` : ''}`;
}

export function TopBar({ sync, presentation, onTogglePresentation, views, active, onSelectView, onShowBackups }: TopBarProps) {
  return (
    <header className="top-bar">
      {presentation && (
        <label className="top-bar__view">
          <span>View</span>
          <select value={active} onChange={(e) => onSelectView(e.target.value as ViewId)}>
            {views.map((v) => (
              <option key={v.id} value={v.id}>{v.label}</option>
            ))}
          </select>
        </label>
      )}
      <span className="top-bar__saved">{savedText(sync)}</span>
      <button type="button" className="btn" onClick={onShowBackups} disabled={!sync.loaded}>
        Backups…
      </button>
      <span className="top-bar__toast" role="status" aria-live="polite">
        {sync.toast ?? ''}
      </span>
      <button type="button" className="btn top-bar__present" aria-pressed={presentation} onClick={onTogglePresentation} title="Presentation mode (F5)">
        {presentation ? 'Leave presentation' : 'Present'}
      </button>
    </header>
  );
}
