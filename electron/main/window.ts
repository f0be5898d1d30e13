/**
 * The main window's security settings, as plain data and functions: isolated, sandboxed, no
 * Node in the page, no navigation away from the app, no new windows, no webviews, no
 * permissions beyond writing to the clipboard.
 */
import type { BrowserWindowConstructorOptions, WebContents } from 'electron';
import { APP_ORIGIN } from './protocol';

/** Options for the studio window; `preload` is the bundled preload's absolute path. */
export function mainWindowOptions(preload: string, title = 'Modeling Studio'): BrowserWindowConstructorOptions {
  return {
    title,
    width: 1400,
    height: 900,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
    },
  };
}

/** Whether a URL is the studio itself (the app:// origin); everything else is foreign. */
export function isAppUrl(url: string | undefined): boolean {
  if (!url) return false;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}

/** Permissions the page may have: Monaco's copy writes to the clipboard; nothing else. */
export function isPermissionAllowed(permission: string): boolean {
  return permission === 'clipboard-sanitized-write';
}

type Hardenable = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Lock a web contents down: navigation only within app://studio/ (anything else, e.g. a link
 * or a dropped file, is cancelled), every window.open denied, webviews refused.
 */
export function hardenWebContents(contents: Hardenable): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppUrl(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}
