/**
 * Atomic file replacement: write a temp file in the same directory, fsync it, rename it over
 * the target, fsync the directory. A crash at any point leaves the target either as it was or
 * as the complete new content, never a torn mix. All I/O goes through `FsLayer` so tests can
 * inject faults at any operation.
 */
import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/** The few file operations an atomic write needs; `nodeFs` is the real one. */
export interface FsLayer {
  open(file: string, flags: string): Promise<number>;
  /** Write all of `data` at the current position. */
  write(fd: number, data: Uint8Array): Promise<void>;
  fsync(fd: number): Promise<void>;
  close(fd: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(file: string): Promise<void>;
}

function call<T>(run: (done: (error: NodeJS.ErrnoException | null, value?: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => run((error, value) => (error ? reject(error) : resolve(value as T))));
}

/** The real file system. */
export const nodeFs: FsLayer = {
  open: (file, flags) => call<number>((done) => fs.open(file, flags, 0o666, done)),
  async write(fd, data) {
    let offset = 0;
    // fs.write may write fewer bytes than asked; loop until everything is out.
    while (offset < data.length) {
      offset += await call<number>((done) => fs.write(fd, data, offset, data.length - offset, null, done));
    }
  },
  fsync: (fd) => call<void>((done) => fs.fsync(fd, done)),
  close: (fd) => call<void>((done) => fs.close(fd, done)),
  rename: (from, to) => call<void>((done) => fs.rename(from, to, done)),
  unlink: (file) => call<void>((done) => fs.unlink(file, done)),
};

/** The temp-file prefix for a target; stale temps from a crashed save share it. */
export function tempPrefixFor(target: string): string {
  return `.${path.basename(target)}.`;
}

/** Error codes meaning "this platform cannot fsync a directory" (Windows), not a failure. */
const dirSyncUnsupported = new Set(['EISDIR', 'EPERM', 'EINVAL', 'EBADF', 'EACCES']);

/** Replace `target` atomically with `data` (strings are written as UTF-8). */
export async function atomicWriteFile(target: string, data: Uint8Array | string, io: FsLayer = nodeFs): Promise<void> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  const dir = path.dirname(target);
  const temp = path.join(dir, `${tempPrefixFor(target)}${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  const fd = await io.open(temp, 'wx');
  try {
    try {
      await io.write(fd, bytes);
      await io.fsync(fd);
    } finally {
      await io.close(fd);
    }
    await io.rename(temp, target);
  } catch (error) {
    // Best effort: a leftover temp file is harmless (cleanStaleTemps removes it later).
    await io.unlink(temp).catch(() => undefined);
    throw error;
  }
  await syncDirectory(dir, io);
}

/** Make the rename itself durable; skipped where directories cannot be fsynced. */
async function syncDirectory(dir: string, io: FsLayer): Promise<void> {
  let fd: number;
  try {
    fd = await io.open(dir, 'r');
  } catch (error) {
    if (dirSyncUnsupported.has((error as NodeJS.ErrnoException).code ?? '')) return;
    throw error;
  }
  try {
    await io.fsync(fd);
  } catch (error) {
    if (!dirSyncUnsupported.has((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    await io.close(fd);
  }
}

/** Remove temp files a crashed save left beside `target`. Returns how many were removed. */
export async function cleanStaleTemps(target: string): Promise<number> {
  const dir = path.dirname(target);
  const prefix = tempPrefixFor(target);
  let names: string[];
  try {
    names = await fs.promises.readdir(dir);
  } catch {
    return 0;
  }
  const stale = names.filter((name) => name.startsWith(prefix) && name.endsWith('.tmp'));
  await Promise.all(stale.map((name) => fs.promises.unlink(path.join(dir, name)).catch(() => undefined)));
  return stale.length;
}
