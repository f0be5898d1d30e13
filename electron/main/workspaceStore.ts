/**
 * Workspaces as files: a versioned envelope `{ version, savedAt, data }`, validated on load,
 * migrated forward by version, written atomically. A file that is corrupt or was written by a
 * newer studio is renamed aside and reported — never silently replaced by an empty workspace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { JsonValue } from '../common/contract';
import { atomicWriteFile, cleanStaleTemps, nodeFs, type FsLayer } from './atomicWrite';

/** The envelope version this studio writes. Bump it and add a migration when `data` changes shape. */
export const WORKSPACE_VERSION = 1;

/** A migration turns the data of version n into the data of version n + 1. */
export type Migration = (data: WorkspaceData) => WorkspaceData;

/** Migrations keyed by the version they upgrade from. None yet: version 1 is the first. */
export const workspaceMigrations: Readonly<Record<number, Migration>> = {};

const jsonValue: z.ZodType<JsonValue> = z.lazy(() =>
  z.union([z.null(), z.boolean(), z.number().finite(), z.string(), z.array(jsonValue), z.record(z.string(), jsonValue)]),
);

/** The workspace data schema: a JSON object (its inner shape belongs to the renderer). */
export const WorkspaceData = z.record(z.string(), jsonValue);
export type WorkspaceData = z.infer<typeof WorkspaceData>;

/** The envelope on disk. `version` is checked before `data`, so newer files are recognised. */
export const WorkspaceEnvelope = z.object({
  version: z.number().int().positive(),
  savedAt: z.string().datetime(),
  data: WorkspaceData,
});
export type WorkspaceEnvelope = z.infer<typeof WorkspaceEnvelope>;

export type LoadResult =
  | { status: 'loaded'; path: string; version: number; savedAt: string; data: WorkspaceData; migratedFrom?: number }
  | { status: 'missing'; path: string }
  | { status: 'setAside'; path: string; movedTo: string; reason: 'corrupt' | 'newer'; message: string };

export interface StoreOptions {
  /** The version this build writes and understands (tests use others). */
  version?: number;
  migrations?: Readonly<Record<number, Migration>>;
  now?: () => Date;
  fs?: FsLayer;
}

/** Why a file's text cannot be used, or its envelope migrated to `version`. Pure. */
export function decodeWorkspace(
  text: string,
  version = WORKSPACE_VERSION,
  migrations: Readonly<Record<number, Migration>> = workspaceMigrations,
): { ok: true; envelope: WorkspaceEnvelope; migratedFrom?: number } | { ok: false; reason: 'corrupt' | 'newer'; message: string } {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, reason: 'corrupt', message: `it is not valid JSON (${(error as Error).message})` };
  }
  const fileVersion = z.object({ version: z.number().int().positive() }).safeParse(raw);
  if (fileVersion.success && fileVersion.data.version > version) {
    return {
      ok: false,
      reason: 'newer',
      message: `it was saved by a newer Modeling Studio (workspace version ${fileVersion.data.version}; this one reads up to ${version})`,
    };
  }
  const parsed = WorkspaceEnvelope.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : '';
    return { ok: false, reason: 'corrupt', message: `it is not a workspace file (${issue?.message ?? 'invalid'}${where})` };
  }
  let envelope = parsed.data;
  const from = envelope.version;
  while (envelope.version < version) {
    const migrate = migrations[envelope.version];
    if (!migrate) {
      return { ok: false, reason: 'corrupt', message: `no migration from workspace version ${envelope.version}` };
    }
    const data = WorkspaceData.safeParse(migrate(envelope.data));
    if (!data.success) {
      return { ok: false, reason: 'corrupt', message: `migrating from version ${envelope.version} gave invalid data` };
    }
    envelope = { ...envelope, version: envelope.version + 1, data: data.data };
  }
  return from === version ? { ok: true, envelope } : { ok: true, envelope, migratedFrom: from };
}

/** The text written to disk. Pure. */
export function encodeWorkspace(data: WorkspaceData, savedAt: Date, version = WORKSPACE_VERSION): string {
  const envelope: WorkspaceEnvelope = { version, savedAt: savedAt.toISOString(), data };
  return JSON.stringify(envelope, null, 2) + '\n';
}

/** `name.json` → `name.corrupt-2026-11-23T13-08-27-123Z.json` (colons are not allowed on Windows). */
export function setAsideName(file: string, reason: 'corrupt' | 'newer', when: Date, attempt = 0): string {
  const ext = path.extname(file);
  const stem = file.slice(0, file.length - ext.length);
  const stamp = when.toISOString().replace(/[:.]/g, '-');
  return `${stem}.${reason}-${stamp}${attempt > 0 ? `-${attempt}` : ''}${ext || '.json'}`;
}

/** Load a workspace file; see `LoadResult`. Throws only for I/O errors other than "missing". */
export async function loadWorkspaceFile(file: string, options: StoreOptions = {}): Promise<LoadResult> {
  const now = options.now ?? (() => new Date());
  await cleanStaleTemps(file);
  let text: string;
  try {
    text = await fs.promises.readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', path: file };
    throw error;
  }
  const decoded = decodeWorkspace(text, options.version, options.migrations);
  if (decoded.ok) {
    const { version, savedAt, data } = decoded.envelope;
    const loaded = { status: 'loaded' as const, path: file, version, savedAt, data };
    return decoded.migratedFrom === undefined ? loaded : { ...loaded, migratedFrom: decoded.migratedFrom };
  }
  const movedTo = await renameAside(file, decoded.reason, now());
  return {
    status: 'setAside',
    path: file,
    movedTo,
    reason: decoded.reason,
    message: `The workspace ${path.basename(file)} could not be opened: ${decoded.message}. ` +
      `It was kept as ${path.basename(movedTo)}; a new workspace will be saved in its place.`,
  };
}

async function renameAside(file: string, reason: 'corrupt' | 'newer', when: Date): Promise<string> {
  for (let attempt = 0; ; attempt++) {
    const target = setAsideName(file, reason, when, attempt);
    if (fs.existsSync(target)) continue;
    await fs.promises.rename(file, target);
    return target;
  }
}

/** Save `data` to `file` atomically. */
export async function saveWorkspaceFile(file: string, data: WorkspaceData, options: StoreOptions = {}): Promise<{ savedAt: string }> {
  const savedAt = (options.now ?? (() => new Date()))();
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await atomicWriteFile(file, encodeWorkspace(data, savedAt, options.version), options.fs ?? nodeFs);
  return { savedAt: savedAt.toISOString() };
}

/** Serialises saves per file, so the last save asked for is the one that lands. */
export class SaveQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(file: string, job: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(file) ?? Promise.resolve();
    const next = previous.catch(() => undefined).then(job);
    this.tails.set(file, next);
    void next.catch(() => undefined).then(() => {
      if (this.tails.get(file) === next) this.tails.delete(file);
    });
    return next;
  }
}
