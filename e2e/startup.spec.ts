/**
 * The studio is readable before its heavy parts are loaded: with Monaco's code held back, the
 * navigation, the three ways in, the editor's toolbar and the tab's SQL are already on screen,
 * and the editor takes over once its code arrives. The view the studio opens on never shows
 * "Loading…" first, and a view whose code fails to load says so without taking the rest down.
 */
import { expect, test } from '@playwright/test';
import { axeScan } from './support/axe';

test('the shell and the SQL text are readable while Monaco is still loading', async ({ page }) => {
  let release!: () => void;
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/assets\/monacoCore-[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto('/');
  await expect(page.getByRole('navigation', { name: 'Views' })).toBeVisible();
  await expect(page.getByRole('toolbar', { name: 'Editor actions' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Follow the course/ })).toBeVisible();
  await expect(page.getByLabel('SQL editor (loading)')).toContainText('SELECT');
  await expect(page.locator('.monaco-editor')).toHaveCount(0);
  release();
  await expect(page.locator('.monaco-editor')).toBeVisible();
  await expect(page.getByLabel('SQL editor (loading)')).toHaveCount(0);
});

test('when Monaco cannot load, the editor says so and keeps the SQL readable', async ({ page }) => {
  await page.route(/\/assets\/monacoCore-[^/]*\.js$/, (route) => route.abort());
  await page.goto('/');
  await expect(page.getByRole('alert').filter({ hasText: 'The editor could not load' })).toContainText(/Could not load .*monacoCore/);
  await expect(page.getByLabel('SQL editor (loading)')).toContainText('SELECT');
  await page.getByRole('navigation', { name: 'Views' }).getByRole('button', { name: 'Plan' }).click();
  await expect(page.getByRole('region', { name: 'Plan' }).getByRole('tab', { name: 'Join graph' })).toBeVisible();
});

test('the first frame that has the navigation has the editor view, not a loading line', async ({ page }) => {
  await page.addInitScript(() => {
    // Record, in every frame until the navigation appears, whether a view's loading line shows.
    const seen: string[] = [];
    (window as unknown as { __frames: string[] }).__frames = seen;
    const look = () => {
      const loading = document.querySelector('.app__loading')?.textContent ?? null;
      if (loading) seen.push(loading);
      if (!document.querySelector('nav')) requestAnimationFrame(look);
      else seen.push(document.querySelector('.editor-toolbar') ? 'editor' : 'no editor');
    };
    requestAnimationFrame(look);
  });
  await page.goto('/');
  await expect(page.getByRole('toolbar', { name: 'Editor actions' })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __frames: string[] }).__frames)).toEqual(['editor']);
});

test('a view whose code cannot load says so, the others keep working, and it loads on a second try', async ({ page }) => {
  let fail = true;
  await page.route(/\/assets\/PlanScreen-[^/]*\.js$/, (route) => (fail ? route.abort() : route.continue()));
  await page.goto('/');
  const views = page.getByRole('navigation', { name: 'Views' });
  await views.getByRole('button', { name: 'Plan' }).click();
  const plan = page.getByRole('region', { name: 'Plan' });
  await expect(plan.getByRole('alert')).toContainText('Plan could not be shown');
  expect((await axeScan(page).analyze()).violations).toEqual([]);
  await views.getByRole('button', { name: 'SQL editor' }).click();
  await expect(page.getByRole('toolbar', { name: 'Editor actions' })).toBeVisible();
  fail = false;
  await views.getByRole('button', { name: 'Plan' }).click();
  await plan.getByRole('button', { name: 'Try again' }).click();
  await expect(plan.getByRole('alert')).toHaveCount(0);
  await expect(plan.getByRole('tab', { name: 'Join graph' })).toBeVisible();
});
