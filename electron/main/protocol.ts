/**
 * The privileged `app://studio/` scheme that serves the renderer (never file://). Paths are
 * scoped to the renderer folder and every response — documents, workers, wasm, errors — carries
 * the CSP/COOP/COEP headers of serving.ts. Electron is passed in, so the handler runs in Node tests.
 */
import type { CustomScheme, Protocol } from 'electron';
import { openServedFile } from './servedFile';
import { responseHeaders } from './serving';

export const APP_SCHEME = 'app';
export const APP_HOST = 'studio';
/** The renderer's origin; IPC accepts messages only from frames on it. */
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * Privileges: `standard` (real origin, relative URLs), `secure` (secure context: workers,
 * SharedArrayBuffer with COOP/COEP), `supportFetchAPI` (fetch of .wasm and data files),
 * `codeCache` (V8 caches compiled JS), `stream` (large files are streamed).
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true, stream: true },
};

/** Register the scheme; must run before the app's `ready` event. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

function errorResponse(status: number, text: string): Response {
  // Error pages carry the same policy headers: no response of the app is ever unprotected.
  return new Response(text, { status, headers: responseHeaders('error.txt') });
}

/** Answer one app:// request from the files under `root`. */
export async function serveAppRequest(request: { url: string; method: string }, root: string): Promise<Response> {
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return errorResponse(400, 'Bad request');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return errorResponse(404, 'Not found');
  if (request.method !== 'GET' && request.method !== 'HEAD') return errorResponse(405, 'Method not allowed');
  const opened = await openServedFile(root, url.pathname);
  if (opened.status !== 200) return errorResponse(opened.status, opened.status === 403 ? 'Forbidden' : 'Not found');
  const { file, handle } = opened;
  try {
    // Bytes and size from the one open handle: a file replaced meanwhile cannot mix the two.
    const bytes = request.method === 'HEAD' ? null : await handle.readFile();
    const headers = { ...responseHeaders(file), 'Content-Length': String(bytes ? bytes.byteLength : opened.size) };
    return new Response(bytes, { status: 200, headers });
  } catch {
    return errorResponse(404, 'Not found');
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Serve app:// from `root` (call after `ready`). */
export function handleAppProtocol(protocol: Pick<Protocol, 'handle'>, root: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request, root));
}
