import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { AuthorsService } from '../../src/authors/authors.service';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath, seriousAccessibilityProblems } from '../support/browser';
import { newMention } from '../support/mentions-factory';
import { newTestApp, type TestApp } from '../support/test-app';

const SHOTS = process.env.AUTHOR_SHOTS_DIR ?? '/tmp/shots-authors';

/**
 * Accounts in Chromium (issue 16 §4–5): the Author page reached from a mention, the watchlist,
 * reporting an account (recorded, then the platform's page opens), and the impersonation flag.
 */
describeInBrowser('authors in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let comms: TestUser;
  let manager: TestUser;

  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    t = await newTestApp({ listen: true, env: { DEMO: 'off' } });
    browser = await launchChromium();
    comms = await createUser(t, 'comms');
    manager = await createUser(t, 'manager');
    await newMention(t, {
      platform: 'x',
      authorId: '4242',
      authorHandle: 'angry_k101',
      authorName: 'Angry K101',
      text: 'The OU lost my TMA and I am taking this to court',
      postedAt: new Date(Date.now() - 86_400_000 * 3),
      categories: [{ category: 'litigation', score: 0.92 }],
    });
    await newMention(t, {
      platform: 'x',
      authorId: '4242',
      authorHandle: 'angry_k101',
      authorName: 'Angry K101',
      text: 'Still no answer from Student Support about my TMA',
      postedAt: new Date(Date.now() - 3_600_000),
      categories: [{ category: 'disrepute', score: 0.6 }],
    });
    await newMention(t, {
      platform: 'x',
      authorId: '9001',
      authorHandle: 'OU_Admissions_Help',
      authorName: 'Open University Admissions',
      text: 'DM us your card details to confirm your place on the course',
    });
    await t.app.get(AuthorsService).flagImpersonation();
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function signIn(page: Page, user: TestUser, path: string) {
    await page.goto(`${t.baseUrl}${path}`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** A context whose pages bypass the CSP (for axe) and where the platforms' own pages answer locally. */
  async function newContext(width: number, height: number): Promise<BrowserContext> {
    const context = await browser.newContext({ viewport: { width, height }, bypassCSP: true });
    await context.route('https://x.com/**', (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>X</title><p>Report this account</p>' }),
    );
    return context;
  }

  it.each([
    [1280, 900],
    [390, 844],
  ])('at %i px: from a mention to the Author page, watch the author, report the account', async (width, height) => {
    const context = await newContext(width, height);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await signIn(page, comms, '/queue');
    const row = page.getByRole('list', { name: 'Mentions' }).getByRole('listitem').filter({ hasText: 'court' });
    await row.getByRole('button').click();
    await page
      .getByRole('complementary', { name: 'Mention detail' })
      .getByRole('link', { name: 'Author page' })
      .click();
    // The page loads its data after the route: on a busy machine that can take a while.
    await page.getByRole('heading', { name: 'Angry K101', level: 1 }).waitFor({ timeout: 90_000 });
    expect(page.url()).toBe(`${t.baseUrl}/authors/x/4242`);
    const summary = page.getByRole('region', { name: 'Author summary' });
    expect(await summary.textContent()).toMatch(/Handle@angry_k101Mentions\d/);
    const categories = page.getByRole('table', { name: 'Mentions by category' });
    expect(await categories.getByRole('row').allTextContents()).toEqual(
      expect.arrayContaining(['Litigation1', 'Disrepute1']),
    );
    expect(
      await page.getByRole('list', { name: 'Their mentions' }).getByRole('listitem').count(),
    ).toBeGreaterThanOrEqual(2);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);

    // Watch: new mentions from them are raised in the queue.
    const wasWatched = (await summary.textContent())!.includes('Watched:');
    if (!wasWatched) await page.getByRole('button', { name: 'Add to watchlist' }).click();
    await summary.getByText('Watched: new mentions are raised in the queue').waitFor();
    const next = await newMention(t, {
      platform: 'x',
      authorId: '4242',
      authorHandle: 'angry_k101',
      authorName: 'Angry K101',
      text: `Another complaint (${width})`,
    });
    const [raised] = await t.db.query(`SELECT watched_author FROM mentions WHERE id = $1`, [next.id]);
    expect(raised.watched_author).toBe(true);

    // Report: recorded with the reason, then X's own page opens in a new tab.
    await page.getByLabel('Reason for reporting').fill(`Threatening staff (${width})`);
    await page.screenshot({ path: `${SHOTS}/author-${width}.png`, fullPage: true });
    await page.screenshot({ path: screenshotPath(`author-page-${width}`), fullPage: true });
    const [popup] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('button', { name: /Record the report and open/ }).click(),
    ]);
    await popup.waitForURL('https://x.com/i/user/4242');
    await page.getByRole('status').getByText('Report recorded.').waitFor();
    const reports = await t.db.query(`SELECT reason, reported_by_email FROM account_reports WHERE reason = $1`, [
      `Threatening staff (${width})`,
    ]);
    expect(reports).toEqual([{ reason: `Threatening staff (${width})`, reported_by_email: comms.email }]);
    await page
      .getByRole('region', { name: 'Reported to X (Twitter)' })
      .getByText(`Threatening staff (${width})`)
      .waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it.each([
    [1280, 900],
    [390, 844],
  ])('at %i px: an account posing as OU Admissions shows the 5.2 impersonation flag', async (width, height) => {
    const context = await newContext(width, height);
    const page = await context.newPage();
    await signIn(page, comms, '/authors/x/9001');
    const alert = page.getByRole('alert').filter({ hasText: 'policy 5.2' });
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(/OU_Admissions_Help.*the Open University.*not on the list of official/);
    await page.screenshot({ path: `${SHOTS}/impersonation-${width}.png`, fullPage: true });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await context.close();
  });

  it.each([
    [1280, 900],
    [390, 844],
  ])('at %i px: the queue tags watched authors and impersonation, and filters to each', async (width, height) => {
    await t.db.query(
      `INSERT INTO author_watchlist (platform, author_id, reason) VALUES ('x', '5151', 'seed') ON CONFLICT DO NOTHING`,
    );
    await newMention(t, {
      platform: 'x',
      authorId: '5151',
      authorHandle: 'watched_one',
      text: `Still complaining about the exams (${width})`,
    });
    const context = await newContext(width, height);
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await signIn(page, comms, '/queue');
    const list = page.getByRole('list', { name: 'Mentions' });
    const posing = list.getByRole('listitem').filter({ hasText: 'card details' });
    await posing.getByText('Possible impersonation of the OU · policy 5.2').waitFor({ timeout: 90_000 });
    const watchedRow = list.getByRole('listitem').filter({ hasText: `complaining about the exams (${width})` });
    await watchedRow.getByText('Watched author', { exact: true }).waitFor();

    // On a phone the filters fold behind one button.
    const onlyPosing = page.getByLabel('Possible impersonation only (5.2)');
    if (!(await onlyPosing.isVisible())) await page.getByRole('button', { name: /^Filters/ }).click();
    // The box follows the URL: click, then wait for the URL (check() would read the box too early).
    await onlyPosing.click();
    await page.waitForURL(/impersonation=true/);
    await list.getByRole('listitem').filter({ hasText: 'court' }).waitFor({ state: 'detached' });
    // The filtered list may be refetching (empty) for a moment after the other rows go.
    await posing.waitFor();
    expect(await list.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('Possible impersonation of the OU · policy 5.2'),
    ]);
    await page.screenshot({ path: screenshotPath(`queue-impersonation-filter-${width}`), fullPage: true });
    await onlyPosing.click();
    await page.waitForURL((url) => !url.search.includes('impersonation'));
    await page.getByLabel('Watched authors only').click();
    await page.waitForURL(/watchedAuthor=true/);
    // The URL changes a render before the box follows it: wait for the box, then read it.
    const onlyWatched = page.getByLabel('Watched authors only');
    await onlyWatched.and(page.locator(':checked')).waitFor();
    expect(await onlyWatched.isChecked()).toBe(true);
    await list.getByRole('listitem').filter({ hasText: 'card details' }).waitFor({ state: 'detached' });
    await watchedRow.waitFor();
    const rows = await list.getByRole('listitem').allTextContents();
    for (const row of rows) expect(row).toContain('Watched author');

    await watchedRow.getByRole('button').first().click();
    const detail = page.getByRole('complementary', { name: 'Mention detail' });
    await detail.getByText('Watched author', { exact: true }).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    await page.screenshot({ path: screenshotPath(`queue-watched-detail-${width}`), fullPage: true });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("an admin reaches the Author page from Trends' top authors", async () => {
    const admin = await createUser(t, 'admin');
    const context = await newContext(1280, 900);
    const page = await context.newPage();
    await signIn(page, admin, '/trends');
    const top = page.getByRole('region', { name: 'Top authors by flagged mentions' });
    await top
      .getByRole('button', { name: 'Show table for Top authors by flagged mentions' })
      .click({ timeout: 90_000 });
    await top.getByRole('link', { name: '@angry_k101 (x)', exact: true }).click();
    await page.getByRole('heading', { name: 'Angry K101', level: 1 }).waitFor({ timeout: 60_000 });
    expect(page.url()).toBe(`${t.baseUrl}/authors/x/4242`);
    await page.goto(`${t.baseUrl}/authors/x/handle/nobody_at_all`);
    await page.getByRole('heading', { name: 'Author not available' }).waitFor();
    await context.close();
  });

  it('a manager sees the counts and no handle, name or post; an unknown author says so', async () => {
    const context = await newContext(390, 844);
    const page = await context.newPage();
    await signIn(page, manager, '/authors/x/4242');
    await page.getByRole('heading', { name: 'An author on X (Twitter)', level: 1 }).waitFor();
    await page
      .getByRole('note')
      .getByText(/Counts only/)
      .waitFor();
    const body = (await page.locator('main').textContent()) ?? '';
    expect(body).not.toMatch(/angry|K101|TMA/i);
    await page.screenshot({ path: `${SHOTS}/author-manager-390.png`, fullPage: true });
    await page.goto(`${t.baseUrl}/authors/x/nobody`);
    await page.getByRole('heading', { name: 'Author not available' }).waitFor();
    expect(await page.getByRole('alert').textContent()).toMatch(/No mentions from this author/);
    await context.close();
  });
});
