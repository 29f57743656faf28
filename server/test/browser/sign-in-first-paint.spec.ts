import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath, seriousAccessibilityProblems } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';

/** The app's entry script (Vite's index-<hash>.js); the other chunks are its imports. */
const ENTRY_SCRIPT = /\/assets\/index-[\w-]+\.js$/;

/**
 * How many pixels of two same-sized screenshots differ by more than rasterising noise (Chromium
 * antialiases a rounded corner one level differently from one paint to the next).
 */
async function visiblyDifferentPixels(a: Buffer, b: Buffer): Promise<number> {
  const [x, y] = await Promise.all([a, b].map((png) => sharp(png).raw().toBuffer({ resolveWithObject: true })));
  if (x!.info.width !== y!.info.width || x!.info.height !== y!.info.height) return Infinity;
  const channels = x!.info.channels;
  let different = 0;
  for (let i = 0; i < x!.data.length; i += channels) {
    for (let c = 0; c < channels; c++) {
      if (Math.abs(x!.data[i + c]! - y!.data[i + c]!) > 8) {
        different += 1;
        break;
      }
    }
  }
  return different;
}

/**
 * Issue 20, first load: /sign-in arrives with the app's sign-in form already in its HTML, so it is
 * on screen before the app's scripts have run. These tests hold the entry script back to see the
 * page as a slow phone sees it in the meantime.
 */
describeInBrowser('the sign-in form before the app has loaded', () => {
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

  /** Holds every request for the entry script until `release()` is called. */
  async function holdTheApp(context: BrowserContext): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await context.route(ENTRY_SCRIPT, async (route) => {
      await released;
      await route.continue();
    });
    return release;
  }

  // bypassCSP only so that axe can be injected; the page's own scripts are the same either way.
  const newContext = (width: number) =>
    browser.newContext({ viewport: { width, height: width > 600 ? 900 : 844 }, bypassCSP: true });

  const sentForm = (page: Page) => page.locator('form[data-prerendered]');
  const appForm = (page: Page) => page.locator('form.sign-in:not([data-prerendered])');
  const signInForm = (page: Page) => page.getByRole('form', { name: 'Sign in' });

  let comms: TestUser;
  beforeAll(async () => {
    comms = await createUser(t, 'comms');
  });

  it.each([1280, 390])(
    'at %i px: the form is on screen, looks as the app draws it, and keeps what was typed when the app takes over',
    async (width) => {
      const context = await newContext(width);
      const release = await holdTheApp(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`${t.baseUrl}/sign-in?next=${encodeURIComponent('/queue')}`, { waitUntil: 'commit' });

      await signInForm(page).waitFor();
      expect(await sentForm(page).count()).toBe(1); // the app has not run: this is the form the server sent
      await page.screenshot({ path: screenshotPath(`sign-in-before-the-app-${width}`) });
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      // The privacy line keeps off the screen's edges (it touched them at 390 px).
      const privacy = (await page.getByText(/what this service reads/).boundingBox())!;
      expect(privacy.x).toBeGreaterThanOrEqual(12);
      expect(privacy.x + privacy.width).toBeLessThanOrEqual(width - 12);

      await signInForm(page).getByLabel('Email', { exact: true }).fill(comms.email);
      await signInForm(page).getByLabel('Password', { exact: true }).click();
      await page.keyboard.type('correct horse');
      const beforeTheApp = await page.screenshot({ path: screenshotPath(`sign-in-typed-before-the-app-${width}`) });

      release();
      await appForm(page).waitFor();
      expect(await sentForm(page).count()).toBe(0);
      // The same pixels: the app's form, with the values and the keyboard where they were.
      const afterTheApp = await page.screenshot({ path: screenshotPath(`sign-in-app-took-over-${width}`) });
      expect(await visiblyDifferentPixels(afterTheApp, beforeTheApp)).toBe(0);
      expect(await signInForm(page).getByLabel('Email', { exact: true }).inputValue()).toBe(comms.email);
      await page.keyboard.type(' battery staple');
      expect(await signInForm(page).getByLabel('Password', { exact: true }).inputValue()).toBe(TEST_PASSWORD);

      await page.keyboard.press('Enter');
      await page.getByRole('heading', { name: 'Queue', exact: true }).waitFor();
      expect(new URL(page.url()).pathname).toBe('/queue');
      expect(errors).toEqual([]);
      await context.close();
    },
  );

  it('a sign-in sent before the app has loaded is done by the server, and lands where the person was going', async () => {
    const context = await newContext(1280);
    const release = await holdTheApp(context);
    const page = await context.newPage();
    const posts: string[] = [];
    page.on('request', (request) => {
      if (request.method() === 'POST') posts.push(new URL(request.url()).pathname);
    });
    await page.goto(`${t.baseUrl}/sign-in?next=${encodeURIComponent('/queue')}`, { waitUntil: 'commit' });
    await signInForm(page).getByLabel('Email', { exact: true }).fill(comms.email);
    await signInForm(page).getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    expect(await sentForm(page).count()).toBe(1);
    await Promise.all([
      page.waitForURL((url) => url.pathname === '/queue', { waitUntil: 'commit' }),
      signInForm(page).getByRole('button', { name: 'Sign in' }).click(),
    ]);
    expect(posts).toEqual(['/sign-in']); // the form's own POST, not the app's JSON login
    release();
    await page.getByRole('heading', { name: 'Queue', exact: true }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Queue' }).waitFor();
    await context.close();
  });

  it('a wrong password sent before the app has loaded is refused with the words the app uses', async () => {
    const context = await newContext(390);
    const release = await holdTheApp(context);
    const page = await context.newPage();
    await page.goto(`${t.baseUrl}/sign-in?next=${encodeURIComponent('/queue')}`, { waitUntil: 'commit' });
    await signInForm(page).getByLabel('Email', { exact: true }).fill(comms.email);
    await signInForm(page).getByLabel('Password', { exact: true }).fill('not the password at all');
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('error') === 'credentials', { waitUntil: 'commit' }),
      signInForm(page).getByRole('button', { name: 'Sign in' }).click(),
    ]);
    const refusal = page.getByRole('alert');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe('Incorrect email or password');
    expect(await sentForm(page).count()).toBe(1); // still the server's page
    expect(new URL(page.url()).searchParams.get('next')).toBe('/queue');
    await page.screenshot({ path: screenshotPath('sign-in-refused-before-the-app-390') });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);

    release();
    await appForm(page).waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Incorrect email or password');
    // The app's own refusal of the same mistake reads the same.
    await signInForm(page).getByLabel('Email', { exact: true }).fill(comms.email);
    await signInForm(page).getByLabel('Password', { exact: true }).fill('still not the password');
    await signInForm(page).getByRole('button', { name: 'Sign in' }).click();
    await signInForm(page).getByRole('button', { name: 'Sign in' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toBe('Incorrect email or password');
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await signInForm(page).getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await signInForm(page).getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Queue', exact: true }).waitFor();
    await context.close();
  });

  /** Records, from the first byte of every page, whether a sign-in form was ever in the document. */
  const WATCH_FOR_SIGN_IN = `(() => {
    window.__sawSignIn = false;
    new MutationObserver(() => {
      if (document.querySelector('form.sign-in, #sign-in-title')) window.__sawSignIn = true;
    }).observe(document, { childList: true, subtree: true });
  })();`;
  const sawSignIn = (page: Page) => page.evaluate(() => (window as unknown as { __sawSignIn: boolean }).__sawSignIn);

  it('a signed-in person opening the queue never sees the sign-in form, even for a moment', async () => {
    const context = await newContext(1280);
    await context.addInitScript(WATCH_FOR_SIGN_IN);
    const page = await context.newPage();

    // The watcher does see the form when it is there: signed out, /queue sends the visitor to it.
    await page.goto(`${t.baseUrl}/queue`);
    await signInForm(page).waitFor();
    expect(await sawSignIn(page)).toBe(true);

    // Signed in through the API, in this browser's cookie jar.
    const login = await context.request.post(`${t.baseUrl}/api/auth/login`, {
      data: { email: comms.email, password: TEST_PASSWORD },
      headers: { Origin: t.baseUrl },
    });
    expect(login.status()).toBe(200);
    for (const path of ['/queue', '/']) {
      await page.goto(`${t.baseUrl}${path}`);
      await page.getByRole('heading', { name: 'Queue', exact: true }).waitFor();
      await page.getByRole('navigation', { name: 'Main' }).waitFor();
      expect(await sawSignIn(page)).toBe(false);
    }
    await context.close();
  });
});
