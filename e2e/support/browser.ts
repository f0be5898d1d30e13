import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemCandidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/**
 * Playwright's own Chromium when it is installed, else the system's; undefined lets
 * Playwright report its own error. A clear message is printed when neither exists.
 */
export function chromiumExecutable(): string | undefined {
  const own = chromium.executablePath();
  if (own && existsSync(own)) return undefined;
  const system = process.env.STUDIO_CHROMIUM ?? systemCandidates.find((p) => existsSync(p));
  if (!system) {
    console.error('No Chromium found: run `npx playwright install chromium` or install Debian\'s `chromium` package.');
  }
  return system;
}
