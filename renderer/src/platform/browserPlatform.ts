/**
 * The web edition's host: workspace in localStorage (or a downloaded .json for "save as"),
 * `<input type=file>` to open, `<a download>` to save. Keyboard shortcuts are the renderer's
 * job, so there are no menu commands here.
 */
import { acceptFor, allOpenKinds, openKindOf } from './fileKinds';
import { listStoredBackups, loadFromStorage, loadStoredBackup, saveToStorage, type KeyValueStorage } from './browserWorkspace';
import type { OpenFileKind, Platform, WorkspaceData, WorkspaceLoadResult } from './platform';
import { decodeEnvelope, encodeEnvelope } from './workspaceEnvelope';

export interface BrowserEnv {
  /** null when the browser disables storage (some private modes). */
  storage: KeyValueStorage | null;
  document: Document;
  now?: () => Date;
  /** The studio's version, when the build knows it. */
  version?: string;
  userAgent?: string;
}

/** Ask the user for one file; null when they cancel. */
function pickFile(doc: Document, accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.hidden = true;
    const finish = (file: File | null): void => {
      input.remove();
      resolve(file);
    };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

/** Hand a file to the browser as a download. */
function download(doc: Document, name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = doc.createElement('a');
  a.href = url;
  a.download = name;
  a.hidden = true;
  doc.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously and needs the URL until then.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const noStorage = { status: 'error' as const, message: 'This browser does not allow the studio to store data (storage is disabled).' };

export function createBrowserPlatform(env: BrowserEnv): Platform {
  const now = env.now ?? (() => new Date());
  return {
    kind: 'web',
    async loadWorkspace(options) {
      if (options?.pick) {
        const file = await pickFile(env.document, '.json');
        if (!file) return { status: 'cancelled' };
        const decoded = decodeEnvelope(await file.text());
        const result: WorkspaceLoadResult = decoded.ok
          ? { status: 'loaded', data: decoded.data, savedAt: decoded.savedAt, location: file.name }
          : { status: 'error', message: `${file.name} could not be opened: ${decoded.message}.` };
        return result;
      }
      if (options?.path) return { status: 'error', message: 'Opening a workspace by path needs the desktop app.' };
      if (options?.backup) return env.storage ? loadStoredBackup(options.backup, { storage: env.storage, now }) : noStorage;
      return env.storage ? loadFromStorage({ storage: env.storage, now }) : noStorage;
    },
    recentWorkspaces: async () => [],
    workspaceBackups: async () => (env.storage ? listStoredBackups({ storage: env.storage, now }) : []),
    appInfo: async () => ({
      name: 'Modeling Studio',
      version: env.version ?? 'web',
      platform: 'web',
      arch: '',
      electron: '',
      chrome: /Chrome\/([\d.]+)/.exec(env.userAgent ?? '')?.[1] ?? '',
      node: '',
      packaged: false,
    }),
    async saveWorkspace(data: WorkspaceData, options) {
      if (options?.saveAs) {
        const savedAt = now();
        download(env.document, 'workspace.json', new Blob([encodeEnvelope(data, savedAt)], { type: 'application/json' }));
        return { status: 'saved', savedAt: savedAt.toISOString(), location: 'Downloads' };
      }
      return env.storage ? saveToStorage(data, { storage: env.storage, now }) : noStorage;
    },
    async openFile(options) {
      if (options?.path) return { status: 'error', message: 'Opening a file by path needs the desktop app.' };
      const kinds: readonly OpenFileKind[] = options?.kinds ?? allOpenKinds;
      const file = await pickFile(env.document, acceptFor(kinds));
      if (!file) return { status: 'cancelled' };
      const kind = openKindOf(file.name);
      if (!kind || !kinds.includes(kind)) return { status: 'error', message: `${file.name} is not a ${kinds.join(', ')} file.` };
      return { status: 'opened', file: { name: file.name, kind, bytes: new Uint8Array(await file.arrayBuffer()) } };
    },
    async openCourseFolder() {
      return { status: 'error', message: 'In the browser, choose the course folder in the Courses view.' };
    },
    async saveFile(name, data, mime) {
      const blob = data instanceof Blob ? data : new Blob([typeof data === 'string' ? data : data.slice()], { type: mime });
      download(env.document, name, blob);
      return { status: 'saved', location: 'Downloads' };
    },
    onMenuCommand: () => () => undefined,
  };
}
