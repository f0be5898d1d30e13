/**
 * DuckDB's heap in the browser: the size of the WebAssembly.Memory that the engine's worker
 * publishes (`studioEngineHeapBytes`). A wasm memory only grows, so after a build this is the
 * engine's peak. Used by the e2e specs and by `npm run bench`.
 */
import type { Page } from '@playwright/test';

/** The largest heap a worker of `page` publishes, in bytes, or null when none does. */
export async function engineHeapBytes(page: Page): Promise<number | null> {
  let largest: number | null = null;
  for (const worker of page.workers()) {
    const bytes = await worker
      .evaluate(() => (globalThis as { studioEngineHeapBytes?: () => number }).studioEngineHeapBytes?.() ?? null)
      .catch(() => null); // a worker that ended while asked
    if (bytes !== null) largest = Math.max(largest ?? 0, bytes);
  }
  return largest;
}
