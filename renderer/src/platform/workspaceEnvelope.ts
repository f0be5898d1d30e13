/**
 * The workspace envelope `{ version, savedAt, data }` for hosts without the desktop shell (the
 * browser keeps it in localStorage). Same format and rules as electron/main/workspaceStore.ts:
 * validated on load, migrated by version; corrupt or newer content is reported, never dropped.
 */
import type { WorkspaceData } from './platform';

export const WORKSPACE_VERSION = 1;

/** Earlier versions kept as backups (the desktop keeps as many: `WORKSPACE_BACKUPS`). */
export const BACKUPS_KEPT = 5;

/** Migrations keyed by the version they upgrade from (none yet). */
export type Migration = (data: WorkspaceData) => WorkspaceData;
export const workspaceMigrations: Readonly<Record<number, Migration>> = {};

export type DecodeResult =
  | { ok: true; version: number; savedAt: string; data: WorkspaceData; migratedFrom?: number }
  | { ok: false; reason: 'corrupt' | 'newer'; message: string };

const MAX_DEPTH = 64;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function isJson(value: unknown, depth = 0): boolean {
  if (depth > MAX_DEPTH) return false;
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) return value.every((v) => isJson(v, depth + 1));
  return isPlainObject(value) && Object.values(value).every((v) => isJson(v, depth + 1));
}

/** Workspace data: a JSON object. */
export function isWorkspaceData(value: unknown): value is WorkspaceData {
  return isPlainObject(value) && isJson(value);
}

/** The stored text for `data`. Pure. */
export function encodeEnvelope(data: WorkspaceData, savedAt: Date, version = WORKSPACE_VERSION): string {
  return JSON.stringify({ version, savedAt: savedAt.toISOString(), data });
}

/** Decode, validate and migrate stored text. Pure. */
export function decodeEnvelope(
  text: string,
  version = WORKSPACE_VERSION,
  migrations: Readonly<Record<number, Migration>> = workspaceMigrations,
): DecodeResult {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    return { ok: false, reason: 'corrupt', message: 'it is not valid JSON' };
  }
  if (!isPlainObject(raw)) return { ok: false, reason: 'corrupt', message: 'it is not a workspace' };
  const fileVersion = raw.version;
  if (typeof fileVersion !== 'number' || !Number.isInteger(fileVersion) || fileVersion < 1) {
    return { ok: false, reason: 'corrupt', message: 'it has no valid version' };
  }
  if (fileVersion > version) {
    return {
      ok: false,
      reason: 'newer',
      message: `it was saved by a newer Modeling Studio (workspace version ${fileVersion}; this one reads up to ${version})`,
    };
  }
  if (typeof raw.savedAt !== 'string' || Number.isNaN(Date.parse(raw.savedAt))) {
    return { ok: false, reason: 'corrupt', message: 'it has no valid save time' };
  }
  if (!isWorkspaceData(raw.data)) return { ok: false, reason: 'corrupt', message: 'its data is not a JSON object' };
  let data = raw.data;
  for (let v = fileVersion; v < version; v++) {
    const migrate = migrations[v];
    if (!migrate) return { ok: false, reason: 'corrupt', message: `no migration from workspace version ${v}` };
    data = migrate(data);
    if (!isWorkspaceData(data)) return { ok: false, reason: 'corrupt', message: `migrating from version ${v} gave invalid data` };
  }
  const decoded = { ok: true as const, version, savedAt: raw.savedAt, data };
  return fileVersion === version ? decoded : { ...decoded, migratedFrom: fileVersion };
}
