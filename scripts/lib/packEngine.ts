/**
 * The engine scripts build packs in: the real DuckDB-Wasm Node engine, ready to use, locked away
 * from the host's files (pack SQL is content, and DuckDB-Wasm in Node reaches the real disk):
 * only registered files and this process's scratch folder stay reachable.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Engine } from '../../renderer/src/engine/engine';
import { createNodeEngine } from '../../renderer/src/engine/nodeEngine';

let scratch: string | undefined;

/** The one host folder a script's engine may write (measurement files), removed at exit. */
export function scriptScratchDir(): string {
  if (!scratch) {
    const dir = mkdtempSync(join(tmpdir(), 'studio-scripts-'));
    scratch = dir;
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  }
  return scratch;
}

export async function createPackEngine(): Promise<Engine> {
  const engine = createNodeEngine({ lockdown: { allowedDirectories: [`${scriptScratchDir()}/`] } });
  await engine.ready();
  return engine;
}
