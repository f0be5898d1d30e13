/**
 * IPC handlers. Each one first checks who is asking (a main frame on app://studio/) and what
 * (the contract's guard for that request); only then does it act. The handlers take their
 * capabilities (dialogs, files, stores) as `ShellDeps`, so they are tested in Node.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import {
  CHANNELS,
  INVOKE_METHODS,
  openFileKindOf,
  requestGuards,
  type AppInfo,
  type InvokeMethod,
  type OpenFileKind,
  type RequestOf,
  type ResponseOf,
  type SaveFileKind,
  type WorkspaceTarget,
  WORKSPACE_BACKUPS,
} from '../common/contract';
import { atomicWriteFile } from './atomicWrite';
import { readCourseFolder } from './courseFolder';
import type { RecentStore } from './recent';
import { SaveQueue, backupName, listBackups, loadWorkspaceFile, saveWorkspaceFile, type StoreOptions } from './workspaceStore';
import { isAppUrl } from './window';

/** Largest file the renderer may open in one piece (it is copied into the engine's memory). */
export const MAX_OPEN_BYTES = 1024 ** 3;

/** What the handlers may do; index.ts wires the real Electron dialogs and paths in. */
export interface ShellDeps {
  defaultWorkspacePath: string;
  recent: Pick<RecentStore, 'list' | 'add'>;
  dialogs: {
    openWorkspace(): Promise<string | null>;
    saveWorkspaceAs(): Promise<string | null>;
    openFile(kinds: OpenFileKind[]): Promise<string | null>;
    saveFile(suggestedName: string, kind: SaveFileKind): Promise<string | null>;
    openCourseFolder(): Promise<string | null>;
  };
  /** Whether main announced this path itself (command line, open-file). */
  isAnnounced(file: string): boolean;
  appInfo(): AppInfo;
  maxOpenBytes?: number;
  /** How workspace files are read and backed up (tests inject read faults and backup timing). */
  workspaceOptions?: StoreOptions;
}

type Handlers = { [M in InvokeMethod]: (request: RequestOf<M>) => Promise<ResponseOf<M>> };

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** The sender of a message, as far as the check needs it. */
export interface SenderInfo {
  url: string | undefined;
  isMainFrame: boolean;
}

/** Only the studio's own top-level page may call main. */
export function isTrustedSender(sender: SenderInfo): boolean {
  return sender.isMainFrame && isAppUrl(sender.url);
}

/** The handlers, bound to their capabilities. */
export function createHandlers(deps: ShellDeps): Handlers {
  const queue = new SaveQueue();
  // Workspace paths the renderer may name: the ones the user picked or that are in the recents.
  let current: string | null = null;

  async function resolveTarget(target: WorkspaceTarget, forSave: boolean): Promise<string | null | { refused: string }> {
    if (target.kind === 'default') return deps.defaultWorkspacePath;
    if (target.kind === 'dialog') return forSave ? deps.dialogs.saveWorkspaceAs() : deps.dialogs.openWorkspace();
    // A backup is read, never written: restoring it means saving its data over the workspace.
    if (target.kind === 'backup') return forSave ? { refused: 'A backup cannot be saved over.' } : backupName(current ?? deps.defaultWorkspacePath, target.index);
    const known = target.path === current || target.path === deps.defaultWorkspacePath || (await deps.recent.list()).some((r) => r.path === target.path);
    return known ? target.path : { refused: 'That workspace was not opened in this studio; open it with the dialog.' };
  }

  async function remember(file: string): Promise<void> {
    current = file;
    if (file !== deps.defaultWorkspacePath) await deps.recent.add(file);
  }

  return {
    async loadWorkspace({ target }) {
      const file = await resolveTarget(target, false);
      if (file === null) return { status: 'cancelled' };
      if (typeof file !== 'string') return { status: 'error', message: file.refused };
      try {
        const result = await queue.run(file, () => loadWorkspaceFile(file, deps.workspaceOptions));
        if (result.status === 'loaded') {
          if (target.kind === 'backup') return { status: 'loaded', path: current ?? deps.defaultWorkspacePath, version: result.version, savedAt: result.savedAt, data: result.data };
          await remember(file);
          return { status: 'loaded', path: file, version: result.version, savedAt: result.savedAt, data: result.data };
        }
        if (result.status === 'setAside') return { status: 'setAside', path: file, movedTo: result.movedTo, message: result.message };
        if (result.status === 'error') return { status: 'error', message: result.message };
        return result;
      } catch (error) {
        return { status: 'error', message: `Could not read ${path.basename(file)}: ${message(error)}` };
      }
    },
    async saveWorkspace({ target, data }) {
      const file = await resolveTarget(target, true);
      if (file === null) return { status: 'cancelled' };
      if (typeof file !== 'string') return { status: 'error', message: file.refused };
      try {
        const { savedAt } = await queue.run(file, () => saveWorkspaceFile(file, data, deps.workspaceOptions));
        await remember(file);
        return { status: 'saved', path: file, savedAt };
      } catch (error) {
        return { status: 'error', message: `Could not save ${path.basename(file)}: ${message(error)}` };
      }
    },
    recentWorkspaces: () => deps.recent.list(),
    async workspaceBackups() {
      const found = await listBackups(current ?? deps.defaultWorkspacePath, deps.workspaceOptions?.backups?.keep ?? WORKSPACE_BACKUPS);
      return found.map(({ index, savedAt, bytes }) => ({ index, savedAt, bytes }));
    },
    async openFile({ kinds, path: requested }) {
      let file: string | null;
      if (requested !== undefined) {
        if (!deps.isAnnounced(requested)) return { status: 'error', message: 'That file was not offered to the studio.' };
        file = requested;
      } else {
        file = await deps.dialogs.openFile(kinds ?? ['csv', 'json', 'parquet', 'duckdb', 'sql']);
      }
      if (file === null) return { status: 'cancelled' };
      const kind = openFileKindOf(file);
      if (!kind) return { status: 'error', message: `${path.basename(file)} is not a CSV, JSON, Parquet, DuckDB or SQL file.` };
      try {
        const { size } = await fs.promises.stat(file);
        const limit = deps.maxOpenBytes ?? MAX_OPEN_BYTES;
        if (size > limit) return { status: 'error', message: `${path.basename(file)} is ${size} bytes; the studio opens files up to ${limit} bytes.` };
        const bytes = new Uint8Array(await fs.promises.readFile(file));
        return { status: 'opened', name: path.basename(file), kind, bytes };
      } catch (error) {
        return { status: 'error', message: `Could not read ${path.basename(file)}: ${message(error)}` };
      }
    },
    async saveFile({ suggestedName, kind, data }) {
      const file = await deps.dialogs.saveFile(suggestedName, kind);
      if (file === null) return { status: 'cancelled' };
      try {
        await atomicWriteFile(file, data);
        return { status: 'saved', path: file, bytes: typeof data === 'string' ? Buffer.byteLength(data) : data.byteLength };
      } catch (error) {
        return { status: 'error', message: `Could not save ${path.basename(file)}: ${message(error)}` };
      }
    },
    appInfo: async () => deps.appInfo(),
    async openCourseFolder() {
      const folder = await deps.dialogs.openCourseFolder();
      if (folder === null) return { status: 'cancelled' };
      try {
        return { status: 'opened', ...(await readCourseFolder(folder)) };
      } catch (error) {
        return { status: 'error', message: `Could not read the course folder ${path.basename(folder)}: ${message(error)}` };
      }
    },
  };
}

/** Thrown to the renderer (the invoke promise rejects) when a message is refused. */
export class RefusedError extends Error {}

/**
 * Wrap a handler with the two checks. Refusals throw: an honest page never sees them, and a
 * compromised one learns nothing useful.
 */
export function guarded<M extends InvokeMethod>(method: M, handler: (request: RequestOf<M>) => Promise<ResponseOf<M>>) {
  return async (sender: SenderInfo, request: unknown): Promise<ResponseOf<M>> => {
    if (!isTrustedSender(sender)) throw new RefusedError(`${CHANNELS[method]}: refused, the sender is not the studio`);
    if (!requestGuards[method](request)) throw new RefusedError(`${CHANNELS[method]}: refused, malformed request`);
    return handler(request);
  };
}

/** Describe an Electron invoke event's sender for `isTrustedSender`. */
export function senderOf(event: Pick<IpcMainInvokeEvent, 'senderFrame' | 'sender'>): SenderInfo {
  const frame = event.senderFrame;
  return { url: frame?.url, isMainFrame: !!frame && frame === event.sender.mainFrame };
}

/** Register every handler on `ipcMain`. */
export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, handlers: Handlers): void {
  const register = <M extends InvokeMethod>(method: M): void => {
    const run = guarded(method, handlers[method]);
    ipcMain.handle(CHANNELS[method], (event, request: unknown) => run(senderOf(event), request));
  };
  INVOKE_METHODS.forEach(register);
}
