/**
 * The typed IPC contract between the desktop shell (main + preload) and the renderer.
 * One place names every channel, its request and its response; the preload exposes one
 * function per channel as `window.studio` (`StudioBridge`) and main validates every request
 * with the hand-written guards at the end of this file (no zod: the contract is bundled into
 * the sandboxed preload). Imports nothing, so both sides can share it.
 */

/** File kinds the studio opens (import) and saves (export). */
export type OpenFileKind = 'csv' | 'json' | 'parquet' | 'duckdb' | 'sql';
export type SaveFileKind = 'csv' | 'svg' | 'png' | 'duckdb' | 'json' | 'sql' | 'zip' | 'md';

/** File name endings per kind; the dialogs filter on them. */
export const FILE_EXTENSIONS: Readonly<Record<OpenFileKind | SaveFileKind, readonly string[]>> = {
  csv: ['csv', 'tsv'],
  json: ['json', 'ndjson', 'jsonl'],
  parquet: ['parquet'],
  duckdb: ['duckdb', 'db'],
  sql: ['sql'],
  svg: ['svg'],
  png: ['png'],
  zip: ['zip'],
  md: ['md', 'markdown'],
};

export const OPEN_FILE_KINDS: readonly OpenFileKind[] = ['csv', 'json', 'parquet', 'duckdb', 'sql'];
export const SAVE_FILE_KINDS: readonly SaveFileKind[] = ['csv', 'svg', 'png', 'duckdb', 'json', 'sql', 'zip', 'md'];

/** A JSON value, as stored in a workspace file. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** What the renderer keeps in a workspace; its inner shape is the renderer's business. */
export type WorkspaceData = { [key: string]: JsonValue };

/**
 * Which workspace file a load or save addresses: the autosaved default one, one the user picks
 * in a dialog, a path main already knows (a recent workspace or the one last opened), or one of
 * the kept earlier versions of the open workspace (`index` 1 is the newest; load only).
 */
export type WorkspaceTarget = { kind: 'default' } | { kind: 'dialog' } | { kind: 'path'; path: string } | { kind: 'backup'; index: number };

/** How many earlier versions of a workspace are kept as backups. */
export const WORKSPACE_BACKUPS = 5;

/** An earlier version of the open workspace, kept so a bad save or edit can be undone. */
export interface WorkspaceBackup {
  index: number;
  savedAt: string;
  bytes: number;
}

export interface LoadWorkspaceRequest {
  target: WorkspaceTarget;
}

/**
 * The outcome of a load. `setAside`: the file was corrupt or written by a newer studio; it was
 * renamed to `movedTo` (never silently reset) and `message` says why, for the user.
 */
export type LoadWorkspaceResponse =
  | { status: 'loaded'; path: string; version: number; savedAt: string; data: WorkspaceData }
  | { status: 'missing'; path: string }
  | { status: 'cancelled' }
  | { status: 'setAside'; path: string; movedTo: string; message: string }
  | { status: 'error'; message: string };

export interface SaveWorkspaceRequest {
  target: WorkspaceTarget;
  data: WorkspaceData;
}

export type SaveWorkspaceResponse =
  | { status: 'saved'; path: string; savedAt: string }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** A workspace the user opened or saved recently, newest first. */
export interface RecentWorkspace {
  path: string;
  name: string;
  openedAt: string;
}

/**
 * Open a file for import. `kinds` filters the dialog; `path` reads a file main announced itself
 * (command line, double-click, macOS open-file) instead of asking; any other path is refused.
 */
export interface OpenFileRequest {
  kinds?: OpenFileKind[];
  path?: string;
}

export type OpenFileResponse =
  | { status: 'opened'; name: string; kind: OpenFileKind; bytes: Uint8Array }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** Save an export: main asks where, then writes `data` (text is written as UTF-8). */
export interface SaveFileRequest {
  suggestedName: string;
  kind: SaveFileKind;
  data: Uint8Array | string;
}

export type SaveFileResponse =
  | { status: 'saved'; path: string; bytes: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

export interface AppInfo {
  name: string;
  version: string;
  platform: string;
  arch: string;
  electron: string;
  chrome: string;
  node: string;
  packaged: boolean;
}

/** The views a menu can switch to; mirrors the renderer's `ViewId`. */
export const MENU_VIEWS = ['editor', 'schemas', 'compare', 'plan', 'diagrams', 'lessons', 'data', 'courses'] as const;
export type MenuViewId = (typeof MENU_VIEWS)[number];

/** Commands without a payload that main sends when a menu item (or its accelerator) fires. */
export const SIMPLE_MENU_COMMANDS = [
  'run',
  'runAll',
  'cancel',
  'newTab',
  'openFile',
  'openCourseFolder',
  'saveWorkspace',
  'exportResults',
  'togglePresentation',
  'zoomIn',
  'zoomOut',
  'zoomReset',
] as const;
export type SimpleMenuCommand = (typeof SIMPLE_MENU_COMMANDS)[number];

/** A main → renderer command: a discriminated union on `type`. */
export type MenuCommand =
  | { type: SimpleMenuCommand }
  | { type: 'showView'; view: MenuViewId }
  | { type: 'openFilePath'; path: string; name: string };

/** Renderer → main channels (ipcRenderer.invoke / ipcMain.handle). */
export const CHANNELS = {
  loadWorkspace: 'studio:workspace:load',
  saveWorkspace: 'studio:workspace:save',
  recentWorkspaces: 'studio:workspace:recent',
  workspaceBackups: 'studio:workspace:backups',
  openFile: 'studio:file:open',
  saveFile: 'studio:file:save',
  appInfo: 'studio:app:info',
  openCourseFolder: 'studio:course:open',
} as const;

/** Main → renderer channel carrying `MenuCommand`s. */
export const MENU_COMMAND_CHANNEL = 'studio:menu:command';

/**
 * A course folder the user picked: its text files (`lessons/…`, `sample-data/…`) keyed by path
 * relative to the folder, `/`-separated. `skipped` counts files left out (other kinds, links,
 * over the limits). The renderer validates the contents like any course.
 */
export type OpenCourseFolderResponse =
  | { status: 'opened'; name: string; files: Record<string, string>; skipped: number }
  | { status: 'cancelled' }
  | { status: 'error'; message: string };

/** Request and response per invoke channel, keyed by the bridge method name. */
export interface InvokeContract {
  loadWorkspace: { request: LoadWorkspaceRequest; response: LoadWorkspaceResponse };
  saveWorkspace: { request: SaveWorkspaceRequest; response: SaveWorkspaceResponse };
  recentWorkspaces: { request: void; response: RecentWorkspace[] };
  workspaceBackups: { request: void; response: WorkspaceBackup[] };
  openFile: { request: OpenFileRequest; response: OpenFileResponse };
  saveFile: { request: SaveFileRequest; response: SaveFileResponse };
  appInfo: { request: void; response: AppInfo };
  openCourseFolder: { request: void; response: OpenCourseFolderResponse };
}

export type InvokeMethod = keyof InvokeContract;
export type InvokeChannel = (typeof CHANNELS)[InvokeMethod];
export type RequestOf<M extends InvokeMethod> = InvokeContract[M]['request'];
export type ResponseOf<M extends InvokeMethod> = InvokeContract[M]['response'];

/**
 * What the preload exposes as `window.studio`: one function per channel, plus a subscription
 * to menu commands that returns its unsubscribe function. Never raw `ipcRenderer`.
 */
export type StudioBridge = {
  [M in InvokeMethod]: RequestOf<M> extends void
    ? () => Promise<ResponseOf<M>>
    : (request: RequestOf<M>) => Promise<ResponseOf<M>>;
} & {
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
};

/** The invoke methods in a fixed order (the preload builds one function per entry). */
export const INVOKE_METHODS = Object.keys(CHANNELS) as InvokeMethod[];

/** The kind of a file from its name, or null when the studio does not open such files. */
export function openFileKindOf(fileName: string): OpenFileKind | null {
  const dot = fileName.lastIndexOf('.');
  if (dot < 0) return null;
  const ext = fileName.slice(dot + 1).toLowerCase();
  return OPEN_FILE_KINDS.find((kind) => FILE_EXTENSIONS[kind].includes(ext)) ?? null;
}

// ---- Runtime guards: main runs them on every request; the renderer is untrusted input. ----

/** Deepest nesting accepted in workspace data; deeper input is refused, not recursed into. */
export const MAX_JSON_DEPTH = 64;
/** Longest path or file name accepted (well above any real OS limit). */
export const MAX_PATH_LENGTH = 4096;

type Guard<T> = (value: unknown) => value is T;

function isRecord(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Exactly these keys (optional ones may be absent), nothing else: extra keys are refused. */
function hasOnlyKeys(value: Record<string, unknown>, required: string[], optional: string[] = []): boolean {
  const keys = Object.keys(value);
  return required.every((k) => k in value) && keys.every((k) => required.includes(k) || optional.includes(k));
}

/** A non-empty string without NUL bytes, of bounded length: what a path or file name may be. */
export function isPathString(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0 && value.length <= MAX_PATH_LENGTH && !value.includes('\0');
}

/** A JSON value: finite numbers, plain objects and arrays, bounded depth. */
export function isJsonValue(value: unknown, depth = 0): value is JsonValue {
  if (depth > MAX_JSON_DEPTH) return false;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((item) => isJsonValue(item, depth + 1));
  if (isRecord(value)) return Object.values(value).every((item) => isJsonValue(item, depth + 1));
  return false;
}

/** Workspace data: a JSON object at the top. */
export function isWorkspaceData(value: unknown): value is WorkspaceData {
  return isRecord(value) && isJsonValue(value);
}

export function isWorkspaceTarget(value: unknown): value is WorkspaceTarget {
  if (!isRecord(value)) return false;
  if (value.kind === 'default' || value.kind === 'dialog') return hasOnlyKeys(value, ['kind']);
  if (value.kind === 'backup') {
    return hasOnlyKeys(value, ['kind', 'index']) && Number.isInteger(value.index) && (value.index as number) >= 1 && (value.index as number) <= WORKSPACE_BACKUPS;
  }
  return value.kind === 'path' && hasOnlyKeys(value, ['kind', 'path']) && isPathString(value.path);
}

const isOpenKind: Guard<OpenFileKind> = (v): v is OpenFileKind => OPEN_FILE_KINDS.includes(v as OpenFileKind);
const isSaveKind: Guard<SaveFileKind> = (v): v is SaveFileKind => SAVE_FILE_KINDS.includes(v as SaveFileKind);

const isVoid: Guard<void> = (v): v is void => v === undefined;

/** One guard per invoke method: main refuses any request its guard rejects. */
export const requestGuards: { [M in InvokeMethod]: Guard<RequestOf<M>> } = {
  loadWorkspace: (v): v is RequestOf<'loadWorkspace'> =>
    isRecord(v) && hasOnlyKeys(v, ['target']) && isWorkspaceTarget(v.target),
  saveWorkspace: (v): v is RequestOf<'saveWorkspace'> =>
    isRecord(v) && hasOnlyKeys(v, ['target', 'data']) && isWorkspaceTarget(v.target) && isWorkspaceData(v.data),
  recentWorkspaces: isVoid,
  workspaceBackups: isVoid,
  openFile: (v): v is RequestOf<'openFile'> =>
    isRecord(v) &&
    hasOnlyKeys(v, [], ['kinds', 'path']) &&
    (v.kinds === undefined || (Array.isArray(v.kinds) && v.kinds.length > 0 && v.kinds.every(isOpenKind))) &&
    (v.path === undefined || isPathString(v.path)),
  saveFile: (v): v is RequestOf<'saveFile'> =>
    isRecord(v) &&
    hasOnlyKeys(v, ['suggestedName', 'kind', 'data']) &&
    isPathString(v.suggestedName) &&
    !/[\\/]/.test(v.suggestedName) &&
    isSaveKind(v.kind) &&
    (typeof v.data === 'string' || v.data instanceof Uint8Array),
  appInfo: isVoid,
  openCourseFolder: isVoid,
};

/** Guard for main → renderer commands; the renderer checks what it receives too. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  if (!isRecord(value) || typeof value.type !== 'string') return false;
  if ((SIMPLE_MENU_COMMANDS as readonly string[]).includes(value.type)) return hasOnlyKeys(value, ['type']);
  if (value.type === 'showView') {
    return hasOnlyKeys(value, ['type', 'view']) && (MENU_VIEWS as readonly unknown[]).includes(value.view);
  }
  if (value.type === 'openFilePath') {
    return hasOnlyKeys(value, ['type', 'path', 'name']) && isPathString(value.path) && isPathString(value.name);
  }
  return false;
}
