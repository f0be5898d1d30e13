/**
 * The desktop host: every call goes through `window.studio` (the preload's bridge). Remembers
 * which workspace file is open, so a plain save goes back where the workspace came from.
 */
import type { StudioBridge, WorkspaceTarget } from '../../../electron/common/contract';
import { saveKindOf, withExtension } from './fileKinds';
import type { Platform } from './platform';

export function createElectronPlatform(studio: StudioBridge): Platform {
  let current: string | null = null;
  return {
    kind: 'desktop',
    async loadWorkspace(options) {
      const target: WorkspaceTarget = options?.pick
        ? { kind: 'dialog' }
        : options?.path
          ? { kind: 'path', path: options.path }
          : options?.backup
            ? { kind: 'backup', index: options.backup }
            : { kind: 'default' };
      const response = await studio.loadWorkspace({ target });
      switch (response.status) {
        case 'loaded':
          if (!options?.backup) current = response.path;
          return { status: 'loaded', data: response.data, savedAt: response.savedAt, location: response.path };
        case 'missing':
          return { status: 'missing' };
        case 'setAside':
          return { status: 'setAside', message: response.message };
        case 'cancelled':
        case 'error':
          return response;
      }
    },
    async saveWorkspace(data, options) {
      const target: WorkspaceTarget = options?.saveAs ? { kind: 'dialog' } : current ? { kind: 'path', path: current } : { kind: 'default' };
      const response = await studio.saveWorkspace({ target, data });
      if (response.status !== 'saved') return response;
      current = response.path;
      return { status: 'saved', savedAt: response.savedAt, location: response.path };
    },
    async openFile(options) {
      const request = { ...(options?.kinds ? { kinds: options.kinds } : {}), ...(options?.path ? { path: options.path } : {}) };
      const response = await studio.openFile(request);
      if (response.status !== 'opened') return response;
      return { status: 'opened', file: { name: response.name, kind: response.kind, bytes: response.bytes } };
    },
    async saveFile(name, data, mime) {
      const kind = saveKindOf(name, mime);
      if (!kind) return { status: 'error', message: `The studio does not export ${mime} files.` };
      const payload = data instanceof Blob ? new Uint8Array(await data.arrayBuffer()) : data;
      // main refuses names with separators: offer only the last segment.
      const suggestedName = withExtension(name.split(/[\\/]/).pop() || 'export', kind);
      const response = await studio.saveFile({ suggestedName, kind, data: payload });
      return response.status === 'saved' ? { status: 'saved', location: response.path } : response;
    },
    recentWorkspaces: () => studio.recentWorkspaces(),
    workspaceBackups: () => studio.workspaceBackups(),
    appInfo: () => studio.appInfo(),
    openCourseFolder: () => studio.openCourseFolder(),
    onMenuCommand: (listener) => studio.onMenuCommand(listener),
  };
}
