/**
 * The first paint waits only for the entry script, so it must not carry Monaco (3 MB): the
 * editor loads it when first shown. A barrel export that pulls a Monaco component into
 * a feature's index is enough to drag the whole editor into the entry, and nothing else notices.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', 'dist', 'renderer');
const built = fs.existsSync(path.join(root, 'index.html'));

/** The entry script named by the shipped index.html. */
function entryScript(): string {
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const src = /<script type="module"[^>]*src="\.?\/?([^"]+)"/.exec(html)?.[1];
  if (!src) throw new Error('index.html names no module script');
  return fs.readFileSync(path.join(root, src), 'utf8');
}

describe('the shipped entry script', () => {
  // Skipped only when the build is missing (a bare `npx vitest`); `npm test` builds first.
  it.skipIf(!built)('holds no Monaco and stays under 1.2 MB', () => {
    const text = entryScript();
    expect(text.includes('editor.action.triggerSuggest'), 'Monaco is in the entry script').toBe(false);
    expect(text.length).toBeLessThan(1_200_000);
  });
});
