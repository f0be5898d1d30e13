/** The engine scripts build packs in: the real DuckDB-Wasm Node engine, ready to use. */
import type { Engine } from '../../renderer/src/engine/engine';
import { createNodeEngine } from '../../renderer/src/engine/nodeEngine';

export async function createPackEngine(): Promise<Engine> {
  const engine = createNodeEngine();
  await engine.ready();
  return engine;
}
