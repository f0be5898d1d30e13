/**
 * The host the studio runs in: the desktop shell (through `window.studio`) or a plain browser.
 * Features code against `Platform` and never ask which one they have, except through `kind`
 * (e.g. to say "Downloads" rather than a path).
 */
import type { AppInfo, MenuCommand, OpenCourseFolderResponse, OpenFileKind, RecentWorkspace, SaveFileKind, WorkspaceBackup, WorkspaceData } from '../../../electron/common/contract';

export type { AppInfo, MenuCommand, OpenCourseFolderResponse, OpenFileKind, RecentWorkspace, SaveFileKind, WorkspaceBackup, WorkspaceData };

export type PlatformKind = 'desktop' | 'web';

/**
 * A workspace load. `setAside`: the stored workspace was corrupt or from a newer studio; it was
 * kept under another name and `message` tells the user so — show it, then start fresh.
 */
export type WorkspaceLoadResult =
  | { status: 'loaded'; data: WorkspaceData; savedAt: string; location: string }
  | { status: 'missing' }
  | { status: 'setAside'; message: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export type WorkspaceSaveResult =
  | { status: 'saved'; savedAt: string; location: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface OpenedFile {
  name: string;
  kind: OpenFileKind;
  bytes: Uint8Array;
}

export type OpenFileResult = { status: 'opened'; file: OpenedFile } | { status: 'cancelled' } | { status: 'error'; message: string };

export type SaveFileResult = { status: 'saved'; location: string } | { status: 'cancelled' } | { status: 'error'; message: string };

export interface Platform {
  readonly kind: PlatformKind;
  /**
   * Load the workspace: the autosaved one by default; `pick` lets the user choose a file
   * (desktop: open dialog; web: a .json workspace file); `path` opens a recent one (desktop);
   * `backup` reads a kept earlier version (see `workspaceBackups`) without touching the workspace.
   */
  loadWorkspace(options?: { pick?: boolean; path?: string; backup?: number }): Promise<WorkspaceLoadResult>;
  /** The earlier versions of the workspace kept as backups, newest first. */
  workspaceBackups(): Promise<WorkspaceBackup[]>;
  /** Workspaces opened or saved recently, newest first (always empty on the web). */
  recentWorkspaces(): Promise<RecentWorkspace[]>;
  /** Name, version and host versions, for an About box and bug reports. */
  appInfo(): Promise<AppInfo>;
  /**
   * Save the workspace where it was loaded from (autosave); `saveAs` asks where
   * (desktop: save dialog; web: downloads a .json workspace file).
   */
  saveWorkspace(data: WorkspaceData, options?: { saveAs?: boolean }): Promise<WorkspaceSaveResult>;
  /**
   * Let the user pick a file to import. `path` (desktop only) reads a file the shell announced
   * with an `openFilePath` menu command.
   */
  openFile(options?: { kinds?: OpenFileKind[]; path?: string }): Promise<OpenFileResult>;
  /** Export a file: the desktop asks where; the web downloads it. */
  saveFile(name: string, data: Uint8Array | string | Blob, mime: string): Promise<SaveFileResult>;
  /**
   * Let the user pick a course folder and read its course files (desktop: a folder dialog, read by
   * main). The web edition answers with an error: there the Courses view reads a chosen folder itself.
   */
  openCourseFolder(): Promise<OpenCourseFolderResponse>;
  /** Menu commands from the desktop shell; the web has no menu (returns a no-op unsubscribe). */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
}
