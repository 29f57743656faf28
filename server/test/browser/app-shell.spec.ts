import type { Browser } from 'playwright-core';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';

describeInBrowser('the dashboard in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await newTestApp({ listen: true });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('renders the app shell with the policy categories and a live database status', async () => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${t.baseUrl}/`);

    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.getByRole('status', { name: 'System status: Database up' }).waitFor();
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link').allTextContents()).toEqual([
      'Overview',
    ]);
    expect(await page.locator('.category-list__item').count()).toBe(6);
    await page.screenshot({ path: screenshotPath('app-shell'), fullPage: true });
    expect(errors).toEqual([]);
  });

  it('serves client-side routes on reload', async () => {
    const page = await browser.newPage();
    const res = await page.goto(`${t.baseUrl}/some/deep/link`);
    expect(res?.status()).toBe(200);
    await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  });
});
