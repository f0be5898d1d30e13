import { describe, expect, it } from 'vitest';
import { hardenWebContents, isAppUrl, isPermissionAllowed, mainWindowOptions } from './window';

describe('main window', () => {
  it('isolates, sandboxes and keeps Node out of the page', () => {
    const prefs = mainWindowOptions('/app/dist/electron/preload.cjs').webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it.each([
    ['app://studio/index.html', true],
    ['app://studio/#/lessons', true],
    ['app://studio.evil/index.html', false],
    ['app://user@evil/', false],
    ['file:///etc/passwd', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:4873/', false],
    ['javascript:alert(1)', false],
    ['', false],
    [undefined, false],
  ])('isAppUrl(%s) = %s', (url, ok) => expect(isAppUrl(url)).toBe(ok));

  it.each([
    ['clipboard-sanitized-write', true],
    ['clipboard-read', false],
    ['media', false],
    ['geolocation', false],
    ['notifications', false],
    ['openExternal', false],
  ])('permission %s allowed: %s', (permission, ok) => expect(isPermissionAllowed(permission)).toBe(ok));

  it('cancels navigation away from the app, denies new windows and webviews', () => {
    const listeners: Record<string, (event: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: ((details: unknown) => { action: string }) | undefined;
    const contents = {
      on: (name: string, listener: (typeof listeners)[string]) => {
        listeners[name] = listener;
        return contents;
      },
      setWindowOpenHandler: (handler: (details: unknown) => { action: string }) => {
        openHandler = handler;
      },
    };
    hardenWebContents(contents as never);
    const fire = (name: string, url?: string): boolean => {
      let prevented = false;
      listeners[name]!({ preventDefault: () => (prevented = true) }, url);
      return prevented;
    };
    expect(fire('will-navigate', 'https://example.com/')).toBe(true);
    expect(fire('will-navigate', 'file:///home/me/orders.csv')).toBe(true);
    expect(fire('will-navigate', 'app://studio/index.html')).toBe(false);
    expect(fire('will-redirect', 'https://example.com/')).toBe(true);
    expect(fire('will-attach-webview')).toBe(true);
    expect(openHandler!({ url: 'app://studio/index.html' })).toEqual({ action: 'deny' });
    expect(openHandler!({ url: 'https://example.com/' })).toEqual({ action: 'deny' });
  });
});
