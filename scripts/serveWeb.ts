/**
 * `npm run web`: serve the built renderer (dist/renderer) on localhost with the same MIME
 * types and security headers as the desktop app:// protocol, and print the URL.
 * Usage: tsx scripts/serveWeb.ts [--port N] [--root DIR] [--quiet]
 */
import http from 'node:http';
import { createReadStream, existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveServedPath, responseHeaders } from '../electron/main/serving';

const args = process.argv.slice(2);
const rootArg = args.indexOf('--root');
const root = rootArg >= 0 ? path.resolve(args[rootArg + 1]!) : path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');
const portArg = args.indexOf('--port');
const port = portArg >= 0 ? Number(args[portArg + 1]) : Number(process.env.PORT ?? 5180);
const quiet = args.includes('--quiet');

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No built renderer at ${root}. Run \`npm run build:renderer\` first (\`npm run web\` does it for you).`);
  process.exit(1);
}

const server = http.createServer((req, res) => {
  const file = resolveServedPath(root, req.url ?? '/');
  if (!file || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
    res.end('Not found');
    return;
  }
  res.writeHead(200, { ...responseHeaders(file), 'Content-Length': String(statSync(file).size) });
  createReadStream(file).pipe(res);
});

server.listen(port, '127.0.0.1', () => {
  const url = `http://127.0.0.1:${port}/`;
  if (!quiet) console.log(`Modeling Studio (web edition) is running at ${url}\nPress Ctrl+C to stop.`);
  else console.log(url);
});
