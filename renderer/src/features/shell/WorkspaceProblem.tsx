/** The message shown when the stored workspace could not be used or saved (never a silent reset). */
import './WorkspaceProblem.css';

export interface WorkspaceProblemProps {
  message: string;
  /** Saving is held back; offer to replace the unreadable workspace. */
  paused: boolean;
  onReplace(): void;
  onDismiss(): void;
}

export function WorkspaceProblem({ message, paused, onReplace, onDismiss }: WorkspaceProblemProps) {
  return (
    <div className="workspace-problem" role="alert">
      <p className="workspace-problem__text">{message}</p>
      {paused && (
        <button type="button" className="btn btn--danger" onClick={onReplace}>
          Replace it with this session’s work
        </button>
      )}
      <button type="button" className="btn" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}
