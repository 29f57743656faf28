import { type Browser, chromium } from 'playwright-core';

/** Debian's Chromium, or CHROMIUM_PATH; the browser tests and bench:web both drive it. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Headless, sandbox-less (it runs as root in containers), and quiet: no GPU, QUIC, first-run or
 * background traffic that would add noise to what a test or a benchmark sees. Playwright's launch()
 * gives every browser a fresh temporary profile (--user-data-dir).
 */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
