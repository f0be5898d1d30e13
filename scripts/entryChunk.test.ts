/**
 * The first paint waits for the entry script and the chunks index.html preloads with it (the
 * studio's code and the editor view), so none of them may carry Monaco (3 MB): the editor loads
 * it once its first frame is on screen. A barrel export that pulls a Monaco component into a
 * feature's index is enough to drag the whole editor in front of the first frame, and nothing
 * else notices.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '..', 'dist', 'renderer');
const built = fs.existsSync(path.join(root, 'index.html'));

/** The scripts the shipped index.html loads or preloads, by file name. */
function firstPaintScripts(): Record<string, string> {
  const html = fs.readFileSync(path.join(root, 'index.html'), 'utf8');
  const srcs = [
    ...[...html.matchAll(/<script type="module"[^>]*src="\.?\/?([^"]+)"/g)].map((m) => m[1]!),
    ...[...html.matchAll(/<link rel="modulepreload"[^>]*href="\.?\/?([^"]+)"/g)].map((m) => m[1]!),
  ];
  if (srcs.length === 0) throw new Error('index.html names no module script');
  return Object.fromEntries(srcs.map((src) => [src, fs.readFileSync(path.join(root, src), 'utf8')]));
}

/** The built scripts that hold Monaco's core (its suggest action), by file name. */
function scriptsWithMonaco(): string[] {
  const assets = path.join(root, 'assets');
  return fs.readdirSync(assets).filter((f) => f.endsWith('.js') && fs.readFileSync(path.join(assets, f), 'utf8').includes('editor.action.triggerSuggest'));
}

describe('what the first paint loads', () => {
  // Skipped only when the build is missing (a bare `npx vitest`); `npm test` builds first.
  it.skipIf(!built)('holds no Monaco, starts with a tiny entry script, and stays under 1.4 MB in all', () => {
    const scripts = firstPaintScripts();
    const names = Object.keys(scripts);
    expect(names.some((n) => /EditorView-/.test(n)), 'the editor view is preloaded').toBe(true);
    for (const [name, text] of Object.entries(scripts)) expect(text.includes('editor.action.triggerSuggest'), `Monaco is in ${name}`).toBe(false);
    // The entry only starts DuckDB's worker and asks for the rest: the worker starts once it has run.
    expect(scripts[names[0]!]!.length).toBeLessThan(10_000);
    expect(Object.values(scripts).reduce((sum, text) => sum + text.length, 0)).toBeLessThan(1_400_000);
  });

  // A returning launch reads a classic script's compiled code back from the browser's cache; an ES
  // module's it compiles again (Chromium here). Monaco is the largest script the editor waits for.
  it.skipIf(!built)("ships Monaco's core once, as a classic script", () => {
    const files = scriptsWithMonaco();
    expect(files).toHaveLength(1);
    const text = fs.readFileSync(path.join(root, 'assets', files[0]!), 'utf8');
    expect(text.slice(0, 60)).toMatch(/^("use strict";)?var studioMonacoCore=/);
    expect(/^\s*(import|export)[\s{*]/m.test(text), 'an import or export statement').toBe(false);
  });
});
