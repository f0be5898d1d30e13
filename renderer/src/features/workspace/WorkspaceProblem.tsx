/** The message shown when the stored workspace could not be used or saved (never a silent reset). */
import './WorkspaceProblem.css';

export interface WorkspaceProblemProps {
  message: string;
  /** Saving is held back; offer to read it again, restore a backup, or replace it. */
  paused: boolean;
  onRetry(): void;
  onShowBackups(): void;
  onReplace(): void;
  onDismiss(): void;
}

export function WorkspaceProblem({ message, paused, onRetry, onShowBackups, onReplace, onDismiss }: WorkspaceProblemProps) {
  return (
    <div className="workspace-problem" role="alert">
      <p className="workspace-problem__text">{message}</p>
      {paused && (
        <>
          <button type="button" className="btn" onClick={onRetry}>
            Retry
          </button>
          <button type="button" className="btn" onClick={onShowBackups}>
            Restore a backup…
          </button>
          <button type="button" className="btn btn--danger" onClick={onReplace}>
            Replace it with this session’s work
          </button>
        </>
      )}
      <button type="button" className="btn" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
