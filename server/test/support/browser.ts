import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import type { Page } from 'playwright-core';
import { CHROMIUM } from '../../tools/chromium';
import { REPO_ROOT } from './server-process';

export { CHROMIUM, launchChromium } from '../../tools/chromium';

export const ARTIFACTS_DIR = path.join(REPO_ROOT, 'test-artifacts');

/**
 * Browser tests need Debian's Chromium. Without it they skip with a reason, except in CI,
 * where a missing browser is a failure (.ci/run installs it).
 */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM)) return true;
  if (process.env.CI === 'true') throw new Error(`Chromium is missing at ${CHROMIUM}; in CI that is a failure`);
  console.warn(`Skipping browser tests: no Chromium at ${CHROMIUM} (apt-get install -y chromium)`);
  return false;
}

export function describeInBrowser(name: string, fn: () => void): void {
  (browserAvailable() ? describe : describe.skip)(name, fn);
}

export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, `${name}.png`);
}

/**
 * axe-core's serious and critical findings on the page as it is now, one line each. The page's
 * context needs `bypassCSP: true`: the CSP refuses the injected script otherwise.
 */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const results = await page.evaluate(() =>
    (globalThis as unknown as { axe: { run: () => Promise<AxeResults> } }).axe.run(),
  );
  return results.violations
    .filter((v: Result) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${v.help} — ${n.target.join(' ')}`));
}
