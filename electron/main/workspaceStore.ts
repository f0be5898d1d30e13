/**
 * Workspaces as files: a versioned envelope `{ version, savedAt, data }`, validated on load,
 * migrated forward by version, written atomically. A file that is corrupt or was written by a
 * newer studio is renamed aside and reported — never silently replaced by an empty workspace.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { isWorkspaceData, MAX_JSON_DEPTH, type WorkspaceData as ContractData } from '../common/contract';
import { atomicWriteFile, cleanStaleTemps, nodeFs, type FsLayer } from './atomicWrite';

/** The envelope version this studio writes. Bump it and add a migration when `data` changes shape. */
export const WORKSPACE_VERSION = 1;

/** A migration turns the data of version n into the data of version n + 1. */
export type Migration = (data: WorkspaceData) => WorkspaceData;

/** Migrations keyed by the version they upgrade from. None yet: version 1 is the first. */
export const workspaceMigrations: Readonly<Record<number, Migration>> = {};

/**
 * The workspace data schema: a JSON object (its inner shape belongs to the renderer). Checked by
 * the contract's bounded guard, not a recursive schema: a file nested thousands deep must be set
 * aside, not overflow the stack.
 */
export const WorkspaceData = z.custom<ContractData>(isWorkspaceData, `expected a JSON object nested at most ${MAX_JSON_DEPTH} deep`);
export type WorkspaceData = ContractData;

/** Larger files are refused unread (a workspace holds tabs and history: kilobytes, not megabytes). */
export const MAX_WORKSPACE_BYTES = 32 * 1024 * 1024;

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
  | { status: 'setAside'; path: string; movedTo: string; reason: 'corrupt' | 'newer'; message: string }
  /** The file exists but could not be read (busy, I/O error, too large…): it is left as it is. */
  | { status: 'error'; path: string; message: string };

/** Reads a whole file; tests pass one that fails the way disks and other programs make reads fail. */
export type ReadFile = (file: string) => Promise<Buffer>;

export interface StoreOptions {
  /** The version this build writes and understands (tests use others). */
  version?: number;
  migrations?: Readonly<Record<number, Migration>>;
  now?: () => Date;
  fs?: FsLayer;
  readFile?: ReadFile;
  maxBytes?: number;
  /** How many earlier versions `saveWorkspaceFile` keeps as backups, and how old the newest must be before another is taken. */
  backups?: BackupPolicy;
}

export interface BackupPolicy {
  keep: number;
  minAgeMs: number;
}

/** Five versions, at least ten minutes apart: enough to step back past a bad afternoon. */
export const DEFAULT_BACKUPS: BackupPolicy = { keep: 5, minAgeMs: 10 * 60_000 };

/** Why a file's text cannot be used, or its envelope migrated to `version`. Pure. */
export function decodeWorkspace(
  text: string,
  version = WORKSPACE_VERSION,
  migrations: Readonly<Record<number, Migration>> = workspaceMigrations,
): { ok: true; envelope: WorkspaceEnvelope; migratedFrom?: number } | { ok: false; reason: 'corrupt' | 'newer'; message: string } {
  let raw: unknown;
  try {
    // Editors on Windows may add a byte-order mark; it is not part of the JSON.
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
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

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Load a workspace file; see `LoadResult`. Never throws: a read that fails for any reason but
 * "missing" is an `error` and the file is left exactly as it is, so nobody saves over it.
 */
export async function loadWorkspaceFile(file: string, options: StoreOptions = {}): Promise<LoadResult> {
  const now = options.now ?? (() => new Date());
  const name = path.basename(file);
  let text: string;
  try {
    await cleanStaleTemps(file);
    const { size } = await fs.promises.stat(file);
    const limit = options.maxBytes ?? MAX_WORKSPACE_BYTES;
    if (size > limit) return { status: 'error', path: file, message: `The workspace ${name} is ${size} bytes, more than the ${limit} a workspace may have; it was not opened and is left as it is.` };
    text = (await (options.readFile ?? ((f) => fs.promises.readFile(f)))(file)).toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 'missing', path: file };
    return { status: 'error', path: file, message: `The workspace ${name} could not be read (${errorText(error)}); it is left as it is and saving is paused.` };
  }
  const decoded = decodeWorkspace(text, options.version, options.migrations);
  if (decoded.ok) {
    const { version, savedAt, data } = decoded.envelope;
    const loaded = { status: 'loaded' as const, path: file, version, savedAt, data };
    return decoded.migratedFrom === undefined ? loaded : { ...loaded, migratedFrom: decoded.migratedFrom };
  }
  let movedTo: string;
  try {
    movedTo = await renameAside(file, decoded.reason, now());
  } catch (error) {
    return { status: 'error', path: file, message: `The workspace ${name} could not be opened (${decoded.message}) nor set aside (${errorText(error)}); it is left as it is.` };
  }
  return {
    status: 'setAside',
    path: file,
    movedTo,
    reason: decoded.reason,
    message: `The workspace ${name} could not be opened: ${decoded.message}. ` +
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

/** `name.json` → `name.backup-2.json`: backup 1 is the newest. */
export function backupName(file: string, index: number): string {
  const ext = path.extname(file);
  return `${file.slice(0, file.length - ext.length)}.backup-${index}${ext || '.json'}`;
}

/** A kept earlier version of a workspace file. */
export interface WorkspaceBackupFile {
  index: number;
  path: string;
  savedAt: string;
  bytes: number;
}

/** The backups of `file` that exist, newest first (their save time is the file's). */
export async function listBackups(file: string, keep = DEFAULT_BACKUPS.keep): Promise<WorkspaceBackupFile[]> {
  const found: WorkspaceBackupFile[] = [];
  for (let index = 1; index <= keep; index++) {
    const backup = backupName(file, index);
    try {
      const stat = await fs.promises.stat(backup);
      found.push({ index, path: backup, savedAt: stat.mtime.toISOString(), bytes: stat.size });
    } catch {
      // a gap (never taken, or removed by hand) is not an error
    }
  }
  return found;
}

/**
 * Before `file` is replaced, keep it as backup 1 (shifting older ones down, dropping the last)
 * unless backup 1 is younger than `minAgeMs`. Only files this studio could load are ever
 * replaced, so every backup is a good version.
 */
async function rotateBackups(file: string, policy: BackupPolicy, now: Date): Promise<void> {
  if (policy.keep < 1 || !fs.existsSync(file)) return;
  const newest = await fs.promises.stat(backupName(file, 1)).catch(() => null);
  if (newest && now.getTime() - newest.mtime.getTime() < policy.minAgeMs) return;
  await fs.promises.rm(backupName(file, policy.keep), { force: true });
  for (let index = policy.keep - 1; index >= 1; index--) {
    await fs.promises.rename(backupName(file, index), backupName(file, index + 1)).catch(() => undefined);
  }
  await fs.promises.copyFile(file, backupName(file, 1));
  await fs.promises.utimes(backupName(file, 1), now, (await fs.promises.stat(file)).mtime);
}

/** Save `data` to `file` atomically, first keeping the version it replaces as a backup. */
export async function saveWorkspaceFile(file: string, data: WorkspaceData, options: StoreOptions = {}): Promise<{ savedAt: string }> {
  const savedAt = (options.now ?? (() => new Date()))();
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await rotateBackups(file, options.backups ?? DEFAULT_BACKUPS, savedAt);
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
