/**
 * `npm run lessons:check -- --course <dir>`: where a course folder's lessons and packs are, and
 * which of its packs fail to load (each problem names its file, as the studio shows them).
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { loadPackFromDisk, sampleDataDir } from './lib/loadPackFromDisk';

/** The folders packs are looked up in: the course's own first, then the bundled ones. */
export function packRootsOf(course: string | undefined): string[] {
  return course ? [join(course, 'sample-data'), sampleDataDir] : [sampleDataDir];
}

/** Problems of the course's packs that cannot be loaded, as `sample-data/<folder>/<file>: <what>`. */
export function coursePackProblems(course: string): string[] {
  const root = join(course, 'sample-data');
  if (!existsSync(root)) return [];
  return readdirSync(root)
    .filter((folder) => statSync(join(root, folder)).isDirectory())
    .sort()
    .flatMap((folder) => {
      try {
        loadPackFromDisk(folder, root);
        return [];
      } catch (e) {
        return [`sample-data/${folder}/${e instanceof Error ? e.message : String(e)}`];
      }
    });
}
