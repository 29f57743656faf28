import type { Browser, Page, Response } from 'playwright-core';
import { createUser, TEST_PASSWORD } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';

type Script = { url: string; encoding: string | undefined; cacheControl: string | undefined };

/** Every script the page fetches from now on, with how it was sent. */
function recordScripts(page: Page): Script[] {
  const scripts: Script[] = [];
  page.on('response', (response: Response) => {
    if (response.request().resourceType() !== 'script') return;
    const headers = response.headers();
    scripts.push({
      url: new URL(response.url()).pathname,
      encoding: headers['content-encoding'],
      cacheControl: headers['cache-control'],
    });
  });
  return scripts;
}

const names = (scripts: Script[]) => scripts.map((s) => s.url.replace(/^\/assets\//, '').replace(/-[\w-]{8}\.js$/, ''));

describeInBrowser('the dashboard loads each page its own code (issue 20)', () => {
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

  async function signIn(page: Page, role: 'comms' | 'manager', next: string) {
    const user = await createUser(t, role);
    await page.goto(`${t.baseUrl}/sign-in?next=${encodeURIComponent(next)}`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  it('shows sign-in without the charts, then the queue without them, each script brotli-compressed and cached', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts = recordScripts(page);
    await page.goto(`${t.baseUrl}/sign-in`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.waitForLoadState('networkidle');
    const atSignIn = names(scripts);
    expect(atSignIn).toContain('index');
    expect(atSignIn.filter((name) => /^(trends|queue|admin-|escalation)/.test(name))).toEqual([]);

    await signIn(page, 'comms', '/queue');
    await page.getByRole('heading', { name: 'Queue' }).waitFor();
    await page.getByText(/^Nothing left to decide/).waitFor();
    await page.waitForLoadState('networkidle');
    const atQueue = names(scripts);
    expect(atQueue).toContain('queue');
    expect(atQueue.filter((name) => /^(trends|admin-)/.test(name))).toEqual([]);
    for (const script of scripts) {
      expect(script).toMatchObject({ encoding: 'br', cacheControl: 'public, max-age=31536000, immutable' });
    }
    await page.screenshot({ path: screenshotPath('code-splitting-queue-1280'), fullPage: true });
    await page.close();
  });

  it('fetches the charts only when a manager opens Trends, and the page works', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const scripts = recordScripts(page);
    // Managers land on Trends (issue 19); the Overview page shows no charts.
    await signIn(page, 'manager', '/overview');
    await page.getByRole('heading', { name: 'Overview' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(names(scripts).filter((name) => name === 'trends')).toEqual([]);

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' }).click();
    await page.getByRole('heading', { name: 'Trends', level: 1 }).waitFor();
    expect(names(scripts)).toContain('trends');
    await page.screenshot({ path: screenshotPath('code-splitting-trends-390'), fullPage: true });
    await page.close();
  });

  it('tells someone without the role that a page is not available, without fetching its code', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const scripts = recordScripts(page);
    await signIn(page, 'manager', '/admin/audit');
    await page.getByRole('heading', { name: 'Not available' }).waitFor();
    await page.waitForLoadState('networkidle');
    expect(names(scripts).filter((name) => name.startsWith('admin-'))).toEqual([]);
    await page.close();
  });
});
