/** Helpers shared by the Engine suite's files. */
import { expect } from 'vitest';
import { EngineError } from '../../engine/engine';

/** Host-specific abilities the suite needs beyond the Engine interface. */
export interface EngineSuiteHooks {
  /** Kill the engine's current worker the hard way (as a crash would). */
  killWorker?: () => void;
  /** A path for a database file ATTACH may create (Node writes real files: keep them out of the repo). */
  scratchFile?: (name: string) => string;
}

export const text = (s: string): Uint8Array => new TextEncoder().encode(s);

/** The rejection of `p` as an EngineError (fails the test if `p` resolves). */
export async function rejection(p: Promise<unknown>): Promise<EngineError> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(EngineError);
    return e as EngineError;
  }
  throw new Error('expected the call to fail');
}

