/** The kept earlier versions of the workspace, each restorable with one button. */
import { formatBytes } from '../../core/format/numbers';
import type { WorkspaceBackup } from '../../platform';
import './WorkspaceProblem.css';

export interface WorkspaceBackupsProps {
  backups: WorkspaceBackup[];
  onRestore(index: number): void;
  onClose(): void;
}


export function WorkspaceBackups({ backups, onRestore, onClose }: WorkspaceBackupsProps) {
  return (
    <section className="workspace-problem workspace-backups" aria-label="Workspace backups">
      <p className="workspace-problem__text">
        {backups.length === 0
          ? 'No backups yet: the studio keeps an earlier version of the workspace every ten minutes of saving, up to five.'
          : 'Earlier versions of the workspace, newest first. Restoring one replaces this session’s work and is then saved.'}
      </p>
      <ul className="workspace-backups__list">
        {backups.map((backup) => (
          <li key={backup.index}>
            <button type="button" className="btn" onClick={() => onRestore(backup.index)}>
              Restore the version saved {new Date(backup.savedAt).toLocaleString()} ({formatBytes(backup.bytes)})
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="btn" onClick={onClose}>
        Close
      </button>
    </section>
  );
}
