import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { APP_ENTRY_URL, appSchemePrivileges, registerAppScheme, serveAppRequest } from './protocol';
import { contentSecurityPolicy } from './serving';

let root: string;
let outside: string;
beforeAll(() => {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-proto-'));
  root = path.join(base, 'renderer');
  outside = path.join(base, 'secret.txt');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Modeling Studio</title>');
  fs.writeFileSync(path.join(root, 'assets', 'duckdb-eh.wasm'), Buffer.from([0, 97, 115, 109, 1, 0, 0, 0]));
  fs.writeFileSync(path.join(root, 'assets', 'duckdb.worker.js'), 'self.onmessage = () => {};');
  fs.writeFileSync(path.join(root, 'assets', 'orders file.csv'), 'id\n1\n');
  fs.writeFileSync(outside, 'do not serve');
  fs.mkdirSync(path.join(base, 'private'));
  fs.writeFileSync(path.join(base, 'private', 'key.txt'), 'do not serve either');
  fs.symlinkSync(outside, path.join(root, 'leak.txt'));
  fs.symlinkSync(path.join(base, 'private'), path.join(root, 'linked'));
  fs.symlinkSync(path.join(root, 'index.html'), path.join(root, 'alias.html'));
});
afterAll(() => fs.rmSync(path.dirname(root), { recursive: true, force: true }));

const get = (url: string, method = 'GET') => serveAppRequest({ url, method }, root);

describe('app:// protocol', () => {
  it('registers a standard, secure, fetchable, code-cached, streaming scheme', () => {
    const registered: unknown[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true } }]);
    expect(appSchemePrivileges.scheme).toBe('app');
  });

  it.each([
    [APP_ENTRY_URL, 'text/html; charset=utf-8', 45],
    ['app://studio/', 'text/html; charset=utf-8', 45],
    ['app://studio/assets/duckdb-eh.wasm', 'application/wasm', 8],
    ['app://studio/assets/duckdb.worker.js?v=1', 'text/javascript; charset=utf-8', 26],
    ['app://studio/assets/orders%20file.csv', 'text/csv; charset=utf-8', 5],
  ])('serves %s as %s with the isolation headers', async (url, type, length) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(type);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(response.headers.get('cross-origin-embedder-policy')).toBe('require-corp');
    expect((await response.arrayBuffer()).byteLength).toBe(length);
  });

  it.each([
    ['app://studio/../secret.txt', 404],
    ['app://studio/%2e%2e/secret.txt', 404],
    ['app://studio/assets/..%2f..%2fsecret.txt', 403],
    ['app://studio/%00', 403],
    ['app://studio/missing.js', 404],
    ['app://studio/assets', 404],
    ['app://evil/index.html', 404],
    ['app://studio.evil/index.html', 404],
    ['file:///etc/passwd', 404],
    ['not a url', 400],
    ['app://studio/leak.txt', 403],
    ['app://studio/linked/key.txt', 403],
  ])('refuses %s with %i, still with the CSP header', async (url, status) => {
    const response = await get(url);
    expect(response.status).toBe(status);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(await response.text()).not.toContain('do not serve');
  });

  it('serves a symlink that stays inside the renderer folder', async () => {
    expect(await (await get('app://studio/alias.html')).text()).toContain('Modeling Studio');
  });

  it('answers HEAD without a body and refuses other methods', async () => {
    const head = await get(APP_ENTRY_URL, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe('45');
    expect(await head.text()).toBe('');
    expect((await get(APP_ENTRY_URL, 'POST')).status).toBe(405);
  });
});

describe('app:// over the built renderer (when `npm run build:renderer` has run)', () => {
  const built = path.resolve(__dirname, '..', '..', 'dist', 'renderer');
  const files = (dir: string): string[] =>
    fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name)) : [path.join(dir, e.name)]));

  // Skipped only when the renderer has not been built (a bare `npx vitest`); `npm test` builds first.
  it.skipIf(!fs.existsSync(path.join(built, 'index.html')))('serves every built file with a known MIME type and the isolation headers', async () => {
    const all = files(built);
    expect(all.length).toBeGreaterThan(1);
    for (const file of all) {
      const url = `app://studio/${path.relative(built, file).split(path.sep).map(encodeURIComponent).join('/')}`;
      const response = await serveAppRequest({ url, method: 'HEAD' }, built);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('content-type'), url).not.toBe('application/octet-stream');
      expect(response.headers.get('cross-origin-embedder-policy'), url).toBe('require-corp');
    }
  });
});
