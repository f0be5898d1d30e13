/**
 * Native open/save dialogs. Electron's `dialog` is passed in; the filters are pure and tested.
 */
import path from 'node:path';
import type { BrowserWindow, Dialog, FileFilter } from 'electron';
import { FILE_EXTENSIONS, type OpenFileKind, type SaveFileKind } from '../common/contract';
import type { ShellDeps } from './ipc';

const kindLabels: Record<OpenFileKind | SaveFileKind, string> = {
  csv: 'CSV',
  json: 'JSON',
  parquet: 'Parquet',
  duckdb: 'DuckDB database',
  sql: 'SQL script',
  svg: 'SVG image',
  png: 'PNG image',
  zip: 'Zip archive',
  md: 'Markdown',
};

/** Dialog filters: all supported kinds together first, then one per kind. */
export function fileFilters(kinds: readonly (OpenFileKind | SaveFileKind)[]): FileFilter[] {
  const perKind = kinds.map((kind) => ({ name: kindLabels[kind], extensions: [...FILE_EXTENSIONS[kind]] }));
  if (kinds.length < 2) return perKind;
  return [{ name: 'Supported files', extensions: perKind.flatMap((f) => f.extensions) }, ...perKind];
}

export const workspaceFilters: FileFilter[] = [{ name: 'Modeling Studio workspace', extensions: ['json'] }];

/** The dialogs the handlers use, each resolving to a path or null when cancelled. */
export function createDialogs(dialog: Dialog, window: () => BrowserWindow | null, documentsDir: string): ShellDeps['dialogs'] {
  const open = async (options: Electron.OpenDialogOptions): Promise<string | null> => {
    const owner = window();
    const result = owner ? await dialog.showOpenDialog(owner, options) : await dialog.showOpenDialog(options);
    return result.canceled ? null : (result.filePaths[0] ?? null);
  };
  const save = async (options: Electron.SaveDialogOptions): Promise<string | null> => {
    const owner = window();
    const result = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  };
  return {
    openWorkspace: () => open({ title: 'Open Workspace', defaultPath: documentsDir, filters: workspaceFilters, properties: ['openFile'] }),
    saveWorkspaceAs: () => save({ title: 'Save Workspace', defaultPath: path.join(documentsDir, 'workspace.json'), filters: workspaceFilters }),
    openFile: (kinds) => open({ title: 'Open File', defaultPath: documentsDir, filters: fileFilters(kinds), properties: ['openFile'] }),
    openCourseFolder: () => open({ title: 'Open Course Folder', defaultPath: documentsDir, properties: ['openDirectory'] }),
    saveFile: (suggestedName, kind) =>
      save({ title: 'Export', defaultPath: path.join(documentsDir, suggestedName), filters: fileFilters([kind]) }),
  };
}
