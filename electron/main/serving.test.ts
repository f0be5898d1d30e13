import { describe, expect, it } from 'vitest';
import { cacheControlFor, responseHeaders } from './serving';

describe('cacheControlFor', () => {
  const immutable = 'public, max-age=31536000, immutable';
  it.each([
    ['/app/dist/renderer/assets/duckdb-eh-9ubY-jlA.wasm', immutable],
    ['/app/dist/renderer/assets/index-BC09xVA9.js', immutable],
    ['/app/dist/renderer/assets/duckdb-browser-eh.worker-hQa-dcAV.js', immutable],
    ['/app/dist/renderer/assets/EditorView-CY2QJzIO.css', immutable],
    // The document names the hashed files, so it must be revalidated to pick up a new build.
    ['/app/dist/renderer/index.html', 'no-cache'],
    // Not under assets/, or no content hash in the name: may change under the same name.
    ['/app/dist/renderer/logo-AAAAAAAA.svg', 'no-cache'],
    ['/app/dist/renderer/assets/notes.txt', 'no-cache'],
    ['/app/dist/renderer/assets/index-short.js', 'no-cache'],
  ])('%s → %s', (file, expected) => {
    expect(cacheControlFor(file)).toBe(expected);
    expect(responseHeaders(file)['Cache-Control']).toBe(expected);
  });
});
