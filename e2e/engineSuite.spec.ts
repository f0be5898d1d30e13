/**
 * The Engine suite that Vitest runs on DuckDB-Wasm's Node build, run here on the browser build in
 * Chromium: the test build's page runs every case on an engine of its own (a second worker) and
 * reports each one. A case that passes in Node and fails here is a browser-only engine bug.
 */
import { expect, test } from '@playwright/test';
import { openStudio } from './support/studio';

test('every Engine suite case passes on the browser engine', async ({ page }) => {
  test.setTimeout(600_000);
  await openStudio(page);
  const results = await page.evaluate(() => window.__studioTest!.runEngineSuite());
  const failed = results.filter((r) => !r.ok).map((r) => `${r.name}: ${r.error}`);
  expect(failed).toEqual([]);
  const names = results.map((r) => r.name);
  // The browser-only cases ran too: a killed worker restarts, a blocked one is restarted by cancel.
  expect(names).toContain('worker death > restarts a killed worker, rejects the call in flight, and the next query works');
  expect(names).toContain('cancel, the hard cases > stops a statement that blocks the worker by restarting it, and says the tables were lost');
  expect(names.filter((n) => n.startsWith('errors > explains that ')).length).toBe(6);
  test.info().annotations.push({ type: 'cases', description: `${results.length} cases, ${results.reduce((s, r) => s + r.ms, 0)} ms` });
  console.log(`engine suite in Chromium: ${results.length} cases, ${results.reduce((s, r) => s + r.ms, 0)} ms`);
});
