/**
 * `npm run web`: serve the built renderer (dist/renderer) on localhost with the same MIME
 * types and security headers as the desktop app:// protocol, and print the URL.
 * Usage: tsx scripts/serveWeb.ts [--port N] [--root DIR] [--quiet]   (--port 0 picks a free port)
 *
 * It keeps serving through anything a request can meet: a file removed or replaced by a rebuild
 * mid-request, read errors, hostile requests. Only GET and HEAD, only for a loopback Host (DNS
 * rebinding), symlinks out of the folder refused, and the security headers on every answer.
 */
import http from 'node:http';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { openServedFile } from '../electron/main/servedFile';
import { SERVED_METHODS, isLoopbackHost, responseHeaders } from '../electron/main/serving';

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

function refuse(res: http.ServerResponse, status: number, text: string, extra: Record<string, string> = {}): void {
  res.writeHead(status, { ...responseHeaders('error.txt'), ...extra });
  res.end(text);
}

async function answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
  if (!(SERVED_METHODS as readonly string[]).includes(req.method ?? '')) return refuse(res, 405, 'Method not allowed', { Allow: SERVED_METHODS.join(', ') });
  if (!isLoopbackHost(req.headers.host)) return refuse(res, 421, 'This server answers only requests addressed to localhost.');
  const opened = await openServedFile(root, req.url ?? '/');
  if (opened.status !== 200) return refuse(res, opened.status, opened.status === 403 ? 'Forbidden' : 'Not found');
  const { handle, file, size } = opened;
  res.writeHead(200, { ...responseHeaders(file), 'Content-Length': String(size) });
  if (req.method === 'HEAD') {
    await handle.close().catch(() => undefined);
    res.end();
    return;
  }
  // The handle stays valid if a rebuild deletes or replaces the file; a read error ends this
  // response (the client sees a short body) and nothing else.
  const stream = handle.createReadStream();
  stream.on('error', () => res.destroy());
  res.on('close', () => stream.destroy());
  stream.pipe(res);
}

// A request without Host reaches the handler (and gets 421 with the headers), not Node's bare 400.
const server = http.createServer({ requireHostHeader: false }, (req, res) => {
  answer(req, res).catch(() => {
    if (!res.headersSent) refuse(res, 500, 'Internal error');
    else res.destroy();
  });
});
// A malformed request or a client that hangs up is that client's problem, not the server's.
server.on('clientError', (_error, socket) => socket.destroy());

server.listen(port, '127.0.0.1', () => {
  const address = server.address();
  const url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/`;
  if (!quiet) console.log(`Modeling Studio (web edition) is running at ${url}\nPress Ctrl+C to stop.`);
  else console.log(url);
});
