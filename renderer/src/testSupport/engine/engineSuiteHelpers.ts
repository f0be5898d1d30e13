/** Helpers shared by the Engine suite's files. */
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
    if (e instanceof EngineError) return e;
    throw new Error(`expected an EngineError, got: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`);
  }
  throw new Error('expected the call to fail');
}


/** Kill a browser worker as a crash would: terminate() fires no event in a browser, a crashed worker sends 'error'. */
export function crashWorker(worker: Worker | undefined): void {
  worker?.terminate();
  worker?.dispatchEvent(new ErrorEvent('error', { message: 'terminated by a test' }));
}
