/**
 * The bottom bar: engine status (starting, ready with version and start time, restarting,
 * failed) and the pack's build (progress and Cancel while it builds behind the first paint).
 */
import type { EngineStatus } from '../../engine/engine';
import { PackStatus } from '../packs';
import { engineStatusText } from './engineStatusText';
import './StatusBar.css';

export interface StatusBarProps {
  status: EngineStatus;
}

export function StatusBar({ status }: StatusBarProps) {
  const { text, tone } = engineStatusText(status);
  return (
    <footer className="status-bar">
      <span role="status" aria-live="polite" className={`status-bar__engine status-bar__engine--${tone}`}>
        <span className="status-bar__dot" aria-hidden="true" />
        {text}
      </span>
      <PackStatus />
      <span className="status-bar__hint">Ctrl+Enter run · Shift+Ctrl+Enter run all · Esc cancel · Ctrl+T new tab · F5 present</span>
    </footer>
  );
}
