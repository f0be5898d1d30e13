/** A run's message: what went wrong (or why nothing ran), in words, with DuckDB's own text. */
import { PackTableHint } from '../packs';
import type { RunMessage } from './runMessage';
import './RunMessageBox.css';

export interface RunMessageBoxProps {
  message: RunMessage;
}

export function RunMessageBox({ message }: RunMessageBoxProps) {
  const tone = message.kind === 'cancelled' || message.kind === 'empty' ? 'info' : 'error';
  return (
    <div className={`run-message run-message--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="run-message__title">{message.title}</p>
      {message.table && <PackTableHint table={message.table} />}
      <pre className="run-message__detail">{message.detail}</pre>
    </div>
  );
}
