/**
 * Open the file a URL path names below a served root, for app:// and `npm run web` alike. The
 * file is opened once and everything after (size, bytes) comes from that handle, so a rebuild
 * that removes or replaces it mid-request cannot make the server throw; and its real path —
 * symlinks followed — must still be inside the root's real path, so a link out is refused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { resolveServedPath } from './serving';

export type ServedFile =
  | { status: 200; file: string; handle: fs.promises.FileHandle; size: number }
  | { status: 403 | 404; reason: string };

/** Whether `child` is `parent` or inside it (both absolute, normalised). */
function inside(parent: string, child: string): boolean {
  return child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);
}

/** Resolve and open `urlPath` below `root`; the caller closes `handle`. Never throws. */
export async function openServedFile(root: string, urlPath: string): Promise<ServedFile> {
  const file = resolveServedPath(root, urlPath);
  if (!file) return { status: 403, reason: 'outside the served folder' };
  let handle: fs.promises.FileHandle | undefined;
  try {
    const [realRoot, realFile] = await Promise.all([fs.promises.realpath(root), fs.promises.realpath(file)]);
    if (!inside(realRoot, realFile)) return { status: 403, reason: 'a link out of the served folder' };
    handle = await fs.promises.open(realFile, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) {
      await handle.close();
      return { status: 404, reason: 'not a file' };
    }
    return { status: 200, file, handle, size: stat.size };
  } catch {
    await handle?.close().catch(() => undefined);
    return { status: 404, reason: 'not found' };
  }
}
