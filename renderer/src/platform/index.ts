/**
 * `getPlatform()`: the desktop bridge when the preload exposed `window.studio`, else the
 * browser. Chosen once per page.
 */
import type { StudioBridge } from '../../../electron/common/contract';
import { createBrowserPlatform } from './browserPlatform';
import type { KeyValueStorage } from './browserWorkspace';
import { createElectronPlatform } from './electronPlatform';
import type { Platform } from './platform';

export type * from './platform';

const bridgeMethods = ['loadWorkspace', 'saveWorkspace', 'recentWorkspaces', 'workspaceBackups', 'openFile', 'saveFile', 'appInfo', 'onMenuCommand'];

/** Whether `value` looks like the preload's bridge (every method present). */
export function isStudioBridge(value: unknown): value is StudioBridge {
  return typeof value === 'object' && value !== null && bridgeMethods.every((m) => typeof (value as Record<string, unknown>)[m] === 'function');
}

/** What the page's global offers; a parameter so the choice is tested in Node. */
export interface PlatformGlobals {
  studio?: unknown;
  localStorage?: KeyValueStorage;
  document?: Document;
  navigator?: { userAgent?: string };
}

function storageOf(globals: PlatformGlobals): KeyValueStorage | null {
  try {
    return globals.localStorage ?? null; // reading it throws where storage is disabled
  } catch {
    return null;
  }
}

/** Pick the platform for these globals. */
export function pickPlatform(globals: PlatformGlobals): Platform {
  if (isStudioBridge(globals.studio)) return createElectronPlatform(globals.studio);
  if (!globals.document) throw new Error('The web platform needs a document.');
  return createBrowserPlatform({ storage: storageOf(globals), document: globals.document, userAgent: globals.navigator?.userAgent });
}

let platform: Platform | null = null;

/** The page's platform. */
export function getPlatform(): Platform {
  platform ??= pickPlatform(globalThis as PlatformGlobals);
  return platform;
}
