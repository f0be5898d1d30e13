/**
 * axe as the studio is held to it: every WCAG 2.0, 2.1 and 2.2 level A and AA rule, the
 * experimental ones included (axe skips those unless they are named, and they catch real faults
 * such as a button whose accessible name does not contain its visible text).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { createRequire } from 'node:module';

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

// The rules of the axe-core that @axe-core/playwright injects (its own copy, which may differ from the top-level one).
const fromHere = createRequire(import.meta.url);
const fromBuilder = createRequire(fromHere.resolve('@axe-core/playwright'));
const axeCore = fromBuilder('axe-core') as { getRules(): { ruleId: string; tags: string[] }[] };

/** Ids of every WCAG 2.x A/AA rule, experimental or not. */
export const WCAG_RULES: string[] = axeCore.getRules().filter((r) => r.tags.some((t) => WCAG_TAGS.includes(t))).map((r) => r.ruleId);

/**
 * An axe scan of `page` with every WCAG 2.x A/AA rule; chain include/exclude, then `analyze()`.
 * `except` leaves rules out (a known, documented finding), since disableRules does not override an explicit rule list.
 */
export function axeScan(page: Page, except: readonly string[] = []): AxeBuilder {
  return new AxeBuilder({ page }).withRules(WCAG_RULES.filter((r) => !except.includes(r)));
}
