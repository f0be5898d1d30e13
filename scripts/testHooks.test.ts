/**
 * The hooks that end-to-end tests and the bench drive (`window.__studioTest`, `__studioBench`,
 * `__studioLastRun`) are built only into the test build (`npm run build:test`), never into the
 * shipped renderer (`npm run build:renderer`, which the desktop app and `npm run web` serve).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.resolve(__dirname, '..', 'dist');
const hooks = ['__studioTest', '__studioBench', '__studioLastRun'];

/** The text of every script a build ships (the entry, its chunks, the workers). */
function scriptsOf(root: string): string {
  const dir = path.join(root, 'assets');
  return fs.readdirSync(dir).filter((f) => f.endsWith('.js')).map((f) => fs.readFileSync(path.join(dir, f), 'utf8')).join('\n');
}

const built = (name: string): boolean => fs.existsSync(path.join(dist, name, 'index.html'));

describe('test hooks', () => {
  // Skipped only when a build is missing (a bare `npx vitest`); `npm test` builds both first.
  it.skipIf(!built('renderer'))('are absent from the shipped renderer', () => {
    const text = scriptsOf(path.join(dist, 'renderer'));
    expect(text.length).toBeGreaterThan(100_000);
    for (const hook of hooks) expect(text.includes(hook), `${hook} in dist/renderer`).toBe(false);
  });

  it.skipIf(!built('renderer-test'))('are present in the test build that e2e and the bench serve', () => {
    const text = scriptsOf(path.join(dist, 'renderer-test'));
    for (const hook of hooks) expect(text.includes(hook), `${hook} in dist/renderer-test`).toBe(true);
  });
});
