/**
 * The studio opens ready: once the saved workspace has been read (it names the user's last pack
 * and scale) and the engine is up, the selected pack is built behind the first paint, with its
 * progress in the status bar. A newcomer gets the bundled default (retail, 100,000 orders).
 */
import type { Engine } from '../../engine/engine';
import { buildOpening, getPackState } from './packStore';

/** How often to look whether the workspace has been read (it usually has, long before the engine). */
const POLL_MS = 25;

/**
 * Build the selected pack once `workspaceRead()` says the workspace is read and the engine is
 * ready, unless a build already ran or runs. Resolves when that build settles (false when no
 * build was started or it did not succeed).
 */
export async function buildOnOpen(engine: Engine, workspaceRead: () => boolean): Promise<boolean> {
  while (!workspaceRead()) await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  await engine.ready();
  const state = getPackState();
  if (state.status !== 'idle' || state.report) return false;
  return (await buildOpening(engine)) !== null;
}
