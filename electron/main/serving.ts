/**
 * How the renderer's files are served: path scoping, MIME types and security headers.
 * Shared by Electron's app:// protocol handler and by `npm run web`, so both hosts serve
 * the same bytes with the same policy. Pure: no Electron, no I/O.
 */
import path from 'node:path';

const mimeTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.sql': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** The MIME type for a file name; unknown endings are served as opaque bytes. */
export function mimeTypeFor(fileName: string): string {
  return mimeTypes[path.extname(fileName).toLowerCase()] ?? 'application/octet-stream';
}

/**
 * Map a URL path onto a file below `root`, or null when it would escape `root`.
 * `/` and directory paths map to index.html.
 */
export function resolveServedPath(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0]!.split('#')[0]!);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded.replace(/^\/+/, '') || 'index.html';
  const absoluteRoot = path.resolve(root);
  const resolved = path.resolve(absoluteRoot, relative.endsWith('/') ? relative + 'index.html' : relative);
  if (resolved !== absoluteRoot && !resolved.startsWith(absoluteRoot + path.sep)) return null;
  return resolved;
}

/** The studio's Content-Security-Policy: no network, wasm allowed, workers from self or blob:. */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

/** A file Vite named after its content (`assets/name-[hash].ext`): its bytes never change. */
const HASHED_ASSET = /^[^/\\]+-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;

/**
 * How long a client may keep a file. Content-hashed assets are immutable: the browser keeps them
 * without asking again (V8 can keep compiled wasm only for a streamed response from its HTTP
 * cache, which `no-cache` ruled out). Anything else (index.html) is revalidated.
 */
export function cacheControlFor(fileName: string): string {
  const isAsset = path.basename(path.dirname(fileName)) === 'assets' && HASHED_ASSET.test(path.basename(fileName));
  return isAsset ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Headers for every served response. COOP/COEP make the page cross-origin isolated, which a
 * threaded DuckDB build needs (SharedArrayBuffer); CSP applies to documents and worker scripts.
 */
export function responseHeaders(fileName: string): Record<string, string> {
  return {
    'Content-Type': mimeTypeFor(fileName),
    'Content-Security-Policy': contentSecurityPolicy,
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Embedder-Policy': 'require-corp',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': cacheControlFor(fileName),
  };
}

/**
 * Whether a request's `Host` header names this machine's loopback interface. A page on another
 * site that points its own name at 127.0.0.1 (DNS rebinding) sends its own name here, and is
 * refused, so it cannot read the studio through the local server.
 */
export function isLoopbackHost(host: string | undefined): boolean {
  if (!host) return false;
  const match = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(host.trim().toLowerCase());
  if (!match) return false;
  const name = match[1]!;
  return name === 'localhost' || name === '[::1]' || /^127(\.\d{1,3}){3}$/.test(name);
}

/** The methods the studio's servers answer; anything else is 405. */
export const SERVED_METHODS = ['GET', 'HEAD'] as const;
