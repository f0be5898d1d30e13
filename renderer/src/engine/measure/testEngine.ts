/** Engine for this folder's tests: the real DuckDB-Wasm Node engine, ready to use. */
import type { Engine } from '../engine';
import { createNodeEngine } from '../nodeEngine';

export async function makeTestEngine(): Promise<Engine> {
  const engine = createNodeEngine();
  await engine.ready();
  return engine;
}
