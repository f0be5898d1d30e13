/**
 * `npm run web`'s server as a real process on a real port: it survives files flipping on and off
 * under it (a rebuild while serving), and refuses hostile requests — other methods, other Host
 * names (DNS rebinding), paths and symlinks out of its folder — with the security headers on
 * every answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';

const repo = path.resolve(__dirname, '..');
let base: string;
let root: string;
let server: ChildProcess;
let port: number;

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** One raw HTTP request (fetch may not set Host); a cut connection resolves as status 0. */
function request(method: string, urlPath: string, host = `127.0.0.1:${port}`): Promise<Answer> {
  return new Promise((resolve) => {
    // An empty host means none at all (an HTTP/1.0-style request).
    const headers = host === '' ? {} : { Host: host.replace('PORT', String(port)) };
    const req = http.request({ host: '127.0.0.1', port, method, path: urlPath, headers, setHost: false, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') }));
      res.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    });
    req.on('error', () => resolve({ status: 0, headers: {}, body: '' }));
    req.end();
  });
}

beforeAll(async () => {
  base = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-web-'));
  root = path.join(base, 'renderer');
  fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Modeling Studio</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1);');
  fs.writeFileSync(path.join(base, 'secret.txt'), 'do not serve');
  fs.mkdirSync(path.join(base, 'private'));
  fs.writeFileSync(path.join(base, 'private', 'key.txt'), 'do not serve either');
  fs.symlinkSync(path.join(base, 'secret.txt'), path.join(root, 'leak.txt'));
  fs.symlinkSync(path.join(base, 'private'), path.join(root, 'linked-dir'));
  fs.symlinkSync(path.join(root, 'assets', 'app.js'), path.join(root, 'alias.js'));
  server = spawn(process.execPath, [path.join(repo, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(repo, 'scripts', 'serveWeb.ts'), '--root', root, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const url = await new Promise<string>((resolve, reject) => {
    server.stdout!.on('data', (chunk: Buffer) => resolve(chunk.toString().trim()));
    server.on('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
  port = Number(new URL(url).port);
});
afterAll(() => {
  server.kill();
  fs.rmSync(base, { recursive: true, force: true });
});

const SECURITY_HEADERS = ['content-security-policy', 'cross-origin-opener-policy', 'cross-origin-embedder-policy', 'x-content-type-options'];

describe('web server', () => {
  it('serves GET and HEAD for a loopback Host, with the security headers', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`, 'localhost', `[::1]:${port}`]) {
      const answer = await request('GET', '/', host);
      expect(answer.status).toBe(200);
      expect(answer.body).toContain('Modeling Studio');
    }
    const head = await request('HEAD', '/assets/app.js');
    expect(head.status).toBe(200);
    expect(head.headers['content-length']).toBe('15');
    expect(head.body).toBe('');
    expect(Object.keys(head.headers)).toEqual(expect.arrayContaining(SECURITY_HEADERS));
  });

  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS'])('refuses %s with 405 and the headers', async (method) => {
    const answer = await request(method, '/index.html');
    expect(answer.status).toBe(405);
    expect(answer.headers.allow).toBe('GET, HEAD');
    expect(Object.keys(answer.headers)).toEqual(expect.arrayContaining(SECURITY_HEADERS));
  });

  it.each(['evil.example', 'evil.example:PORT', '127.0.0.1.nip.io:PORT', 'localhost.evil.example', '0.0.0.0:PORT', '[::ffff:7f00:1]:PORT', ''])(
    'refuses Host %j (DNS rebinding) with 421 and the headers',
    async (host) => {
      const answer = await request('GET', '/', host);
      expect(answer.status).toBe(421);
      expect(answer.body).not.toContain('Modeling Studio');
      expect(Object.keys(answer.headers)).toEqual(expect.arrayContaining(SECURITY_HEADERS));
    },
  );

  it.each([
    ['/leak.txt', 'a symlink to a file outside'],
    ['/linked-dir/key.txt', 'a file through a symlinked folder outside'],
    ['/../secret.txt', 'a dot-dot path'],
    ['/%2e%2e/secret.txt', 'an encoded dot-dot path'],
    ['/assets/..%2f..%2fsecret.txt', 'an encoded separator'],
  ])('refuses %s (%s) without its bytes', async (urlPath) => {
    const answer = await request('GET', urlPath);
    expect([403, 404]).toContain(answer.status);
    expect(answer.body).not.toContain('do not serve');
    expect(Object.keys(answer.headers)).toEqual(expect.arrayContaining(SECURITY_HEADERS));
  });

  it('serves a symlink that stays inside its folder', async () => {
    expect(await request('GET', '/alias.js')).toMatchObject({ status: 200, body: 'console.log(1);' });
  });

  it('answers 404 with the security headers', async () => {
    const answer = await request('GET', '/nope.js');
    expect(answer.status).toBe(404);
    expect(Object.keys(answer.headers)).toEqual(expect.arrayContaining(SECURITY_HEADERS));
  });

  it('stays up through 1,000 requests while a file flips on and off and its folder is rebuilt', async () => {
    const flip = path.join(root, 'assets', 'flip.js');
    const versions = ['A'.repeat(50_000), 'B'.repeat(200)];
    let flipping = true;
    let flips = 0;
    const flipper = (async () => {
      while (flipping) {
        const step = flips++ % 6;
        try {
          if (step === 0) fs.writeFileSync(flip, versions[0]!);
          else if (step === 1) fs.rmSync(flip, { force: true });
          else if (step === 2) fs.writeFileSync(flip, versions[1]!);
          else if (step === 3) fs.truncateSync(flip, 10);
          else if (step === 4) fs.rmSync(path.join(root, 'assets'), { recursive: true, force: true });
          else {
            fs.mkdirSync(path.join(root, 'assets'), { recursive: true });
            fs.writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1);');
          }
        } catch {
          // the folder may be gone this instant: that is the point
        }
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const statuses = new Map<number, number>();
    for (let batch = 0; batch < 100; batch++) {
      const answers = await Promise.all(Array.from({ length: 10 }, (_, i) => request(i % 3 === 0 ? 'HEAD' : 'GET', i % 2 ? '/assets/flip.js' : '/assets/app.js')));
      for (const a of answers) statuses.set(a.status, (statuses.get(a.status) ?? 0) + 1);
    }
    flipping = false;
    await flipper;
    const total = [...statuses.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(1000);
    expect([...statuses.keys()].every((s) => [0, 200, 404].includes(s))).toBe(true);
    expect(statuses.get(200)).toBeGreaterThan(0);
    expect(flips).toBeGreaterThan(50);
    expect(server.exitCode).toBeNull();
    expect((await request('GET', '/')).status).toBe(200);
  });
});
