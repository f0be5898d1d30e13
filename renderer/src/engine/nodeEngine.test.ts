import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from './engine';
import { testEngine } from '../testSupport/engine/engineSuite';
import { createNodeEngine } from './nodeEngine';

let engine: Engine;
const workers: Worker[] = [];
// In Node, DuckDB-Wasm writes files that no one registered to the real file system.
const scratch = mkdtempSync(join(tmpdir(), 'engine-suite-'));

beforeAll(async () => {
  engine = createNodeEngine({ onWorker: (w) => workers.push(w) });
  await engine.ready();
});

afterAll(async () => {
  await engine.close();
  rmSync(scratch, { recursive: true, force: true });
});

testEngine({ describe, expect, it }, () => engine, {
  killWorker: () => workers[workers.length - 1]?.terminate(),
  scratchFile: (name) => join(scratch, name),
});
