/**
 * Small helpers for specs that drive the studio as a user does: by roles and names, keyboard
 * and mouse. They import no app source.
 */
import { expect, type Page } from '@playwright/test';

/**
 * Open the studio and wait until the engine says it is ready. The pack build that starts at
 * launch is stopped with its status-bar button, as a user may, so that a spec begins with a quiet
 * engine; `keepOpeningBuild` leaves it running (opensReady.spec.ts is about that build).
 */
export async function openStudio(page: Page, options: { keepOpeningBuild?: boolean } = {}): Promise<void> {
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: /DuckDB v[\d.]+ ready/ })).toBeVisible({ timeout: 30_000 });
  if (options.keepOpeningBuild) return;
  const bar = page.getByRole('contentinfo');
  const stop = bar.getByRole('button', { name: 'Stop building' });
  // A small saved scale may be built before the button can be pressed.
  await expect(stop.or(bar.getByText(/built: ready to query/))).toBeVisible({ timeout: 30_000 });
  if (await stop.isVisible()) await stop.click().catch(() => undefined);
  await expect(bar.getByText(/cancelled|built: ready to query/)).toBeVisible({ timeout: 30_000 });
}

/** The Monaco editor's input. */
export function sqlEditor(page: Page) {
  return page.getByRole('textbox', { name: /SQL editor/ });
}

/** Replace the editor's text with `sql` by typing it. */
export async function typeSql(page: Page, sql: string): Promise<void> {
  const editor = sqlEditor(page);
  await editor.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Delete');
  await page.keyboard.insertText(sql);
}

/** Type `sql` and run it with Ctrl/Cmd+Enter. */
export async function runSql(page: Page, sql: string): Promise<void> {
  await typeSql(page, sql);
  await page.keyboard.press('ControlOrMeta+Enter');
}

/** The results summary line ("3 rows · 1 column · 5.20 ms"). */
export function resultSummary(page: Page) {
  return page.getByRole('region', { name: 'Results' }).getByRole('status').first();
}

/** The result grid. */
export function resultGrid(page: Page) {
  return page.getByRole('table', { name: 'Query results' });
}

/** The message box of a failed run (Monaco has alert regions of its own, so scope to the results). */
export function resultAlert(page: Page) {
  return page.getByRole('region', { name: 'Results' }).getByRole('alert');
}
