/**
 * Recent workspaces: a short list, newest first, kept in a JSON file in the user-data folder
 * (written atomically). Losing it costs nothing, so an unreadable list starts empty.
 */
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RecentWorkspace as RecentWorkspaceShape } from '../common/contract';
import { atomicWriteFile } from './atomicWrite';

export const RECENT_LIMIT = 10;

export const RecentWorkspace = z.object({ path: z.string().min(1), name: z.string(), openedAt: z.string().datetime() });
export type RecentWorkspace = z.infer<typeof RecentWorkspace> & RecentWorkspaceShape;
const RecentFile = z.object({ version: z.literal(1), recent: z.array(z.unknown()) });

/** `list` with `file` moved (or added) to the front, trimmed to `limit`. Pure. */
export function addRecent(list: readonly RecentWorkspace[], file: string, now: Date, limit = RECENT_LIMIT): RecentWorkspace[] {
  const entry = { path: file, name: path.basename(file, path.extname(file)), openedAt: now.toISOString() };
  return [entry, ...list.filter((item) => item.path !== file)].slice(0, limit);
}

/** `list` without `file`. Pure. */
export function removeRecent(list: readonly RecentWorkspace[], file: string): RecentWorkspace[] {
  return list.filter((item) => item.path !== file);
}

/** Parse the stored list, keeping the valid entries. Pure. */
export function decodeRecent(text: string): RecentWorkspace[] {
  try {
    const parsed = RecentFile.safeParse(JSON.parse(text));
    if (!parsed.success) return [];
    return parsed.data.recent.flatMap((item) => {
      const entry = RecentWorkspace.safeParse(item);
      return entry.success ? [entry.data] : [];
    });
  } catch {
    return [];
  }
}

/** The list on disk. */
export class RecentStore {
  constructor(private readonly file: string) {}

  async list(): Promise<RecentWorkspace[]> {
    try {
      return decodeRecent(await fs.promises.readFile(this.file, 'utf8'));
    } catch {
      return [];
    }
  }

  async add(file: string, now = new Date()): Promise<RecentWorkspace[]> {
    return this.write(addRecent(await this.list(), file, now));
  }

  async remove(file: string): Promise<RecentWorkspace[]> {
    return this.write(removeRecent(await this.list(), file));
  }

  private async write(list: RecentWorkspace[]): Promise<RecentWorkspace[]> {
    await fs.promises.mkdir(path.dirname(this.file), { recursive: true });
    await atomicWriteFile(this.file, JSON.stringify({ version: 1, recent: list }, null, 2));
    return list;
  }
}
