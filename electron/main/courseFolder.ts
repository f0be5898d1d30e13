/**
 * Read a course folder the user picked: its course text files, nothing else. The folder is
 * untrusted: links are not followed (a link could point anywhere on the disk), other kinds of
 * file are skipped, and a folder too large to be a course stops with a message.
 */
import fs from 'node:fs/promises';
import path from 'node:path';

/** What a course may hold (the renderer's course loader reads the same kinds). */
const COURSE_FILE = /\.(md|ya?ml|sql|json|csv)$/i;

export interface CourseFolderLimits {
  maxFiles: number;
  maxBytes: number;
}

export const DEFAULT_COURSE_LIMITS: CourseFolderLimits = { maxFiles: 5000, maxBytes: 200 * 1024 ** 2 };

/** The course's name (the folder's) and its text files keyed by `/`-separated relative path. */
export async function readCourseFolder(dir: string, limits: CourseFolderLimits = DEFAULT_COURSE_LIMITS): Promise<{ name: string; files: Record<string, string>; skipped: number }> {
  const files: Record<string, string> = {};
  let skipped = 0;
  let bytes = 0;
  let count = 0;
  const walk = async (folder: string): Promise<void> => {
    for (const entry of await fs.readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!entry.name.startsWith('.') && entry.name !== 'node_modules') await walk(full);
        continue;
      }
      if (!entry.isFile() || !COURSE_FILE.test(entry.name)) {
        skipped++;
        continue;
      }
      const size = (await fs.stat(full)).size;
      if (++count > limits.maxFiles || (bytes += size) > limits.maxBytes) {
        throw new Error(`${path.basename(dir)} is too large for a course (more than ${limits.maxFiles} files or ${Math.round(limits.maxBytes / 1024 ** 2)} MB).`);
      }
      files[path.relative(dir, full).split(path.sep).join('/')] = await fs.readFile(full, 'utf8');
    }
  };
  await walk(dir);
  return { name: path.basename(dir), files, skipped };
}
