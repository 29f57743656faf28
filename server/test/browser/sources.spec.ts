import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { IngestService } from '../../src/ingest/ingest.service';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath, seriousAccessibilityProblems } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';

/** Screenshots a person looks at, beside the test artifacts. */
const SHOTS_DIR = process.env.SOURCES_SHOTS_DIR ?? '/tmp/shots-sources';

const PLATFORM_NAMES = ['X', 'Mastodon', 'Bluesky', 'Reddit', 'YouTube', 'RSS'];

describeInBrowser('Sources page and platform mentions in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: TestUser;
  let comms: TestUser;

  beforeAll(async () => {
    t = await newTestApp({ listen: true }); // no X_BEARER_TOKEN: X is not configured, the demo source is on
    browser = await launchChromium();
    admin = await createUser(t, 'admin');
    comms = await createUser(t, 'comms');
    const [demo] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'demo'`)) as { id: string }[];
    await t.app.get(IngestService).runSource(demo!.id, { force: true, maxPages: 2 });
    mkdirSync(SHOTS_DIR, { recursive: true });
  });
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

  async function shoot(page: Page, name: string) {
    await page.screenshot({ path: path.join(SHOTS_DIR, `${name}.png`), fullPage: true });
    await page.screenshot({ path: screenshotPath(name), fullPage: true });
  }

  const card = (page: Page, label: string) => page.getByRole('article', { name: label, exact: true });

  it("shows each platform's state and what it lacks, and an admin adds a watch query with its translation", async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, admin, '/admin/sources');
    await card(page, 'X (Twitter)').waitFor();

    expect(await card(page, 'X (Twitter)').getByText('Not configured', { exact: true }).count()).toBe(1);
    expect(await card(page, 'X (Twitter)').locator('.platform-card__missing').textContent()).toBe(
      'Missing: X_BEARER_TOKEN',
    );
    expect(await card(page, 'Demo').getByText('Configured', { exact: true }).count()).toBe(1);
    expect(await card(page, 'Demo').getByRole('list', { name: 'Demo recent runs' }).textContent()).toMatch(
      /ok.*200 fetched · 200 new/,
    );
    for (const label of ['Mastodon', 'Bluesky', 'Reddit', 'YouTube', 'RSS / Atom']) {
      const text = (await card(page, label).textContent()) ?? '';
      // No credentials in this test: each platform says it is not configured and names what is missing.
      expect(text).toContain('Not configured');
      expect(text).toMatch(/Missing: (one of )?[A-Z_]+/);
    }
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await shoot(page, 'sources-1280');
    // On a phone the runs table scrolls in its own box, which a keyboard can reach.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('region', { name: 'Recent ingest runs' }).waitFor();
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.setViewportSize({ width: 1280, height: 900 });

    const form = page.getByRole('form', { name: 'Add a watch query' });
    await form.getByLabel('Name').fill('OU graduation');
    await form.getByLabel('Phrases (comma-separated)').fill('OU graduation, degree ceremony');
    await form.getByLabel('Hashtags, without #').fill('OUgrad');
    await form.getByLabel('Exclude posts containing').fill('tickets for sale');
    await form.getByLabel('Subreddits, without r/').fill('OpenUniversity');
    // The preview follows the typing: X's query and Reddit's subreddit, before anything is saved.
    await form.getByText('("OU graduation" OR "degree ceremony" OR #OUgrad) -"tickets for sale" -is:retweet').waitFor();
    await form.getByText('r/OpenUniversity/new').waitFor();
    await shoot(page, 'sources-add-query-1280');
    await form.getByRole('button', { name: 'Add watch query' }).click();
    await form.getByRole('status').filter({ hasText: 'Added.' }).waitFor();

    const [row] = (await t.db.query(
      `SELECT phrases, hashtags, exclusions, subreddits, enabled FROM watch_queries WHERE name = 'OU graduation'`,
    )) as Record<string, unknown>[];
    expect(row).toEqual({
      phrases: ['OU graduation', 'degree ceremony'],
      hashtags: ['OUgrad'],
      exclusions: ['tickets for sale'],
      subreddits: ['OpenUniversity'],
      enabled: true,
    });
    await page.getByRole('form', { name: 'Watch query OU graduation' }).waitFor();

    // A query X would refuse is refused with the reason, and nothing is saved.
    await form.getByLabel('Name').fill('Far too long');
    await form
      .getByLabel('Phrases (comma-separated)')
      .fill(Array.from({ length: 8 }, (_, i) => `phrase ${i} ${'y'.repeat(62)}`).join(', '));
    await form.getByRole('button', { name: 'Add watch query' }).click();
    expect(await form.getByRole('alert').textContent()).toMatch(/X accepts at most 512/);
    expect(await t.db.query(`SELECT 1 FROM watch_queries WHERE name = 'Far too long'`)).toEqual([]);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.reload();
    await card(page, 'X (Twitter)').waitFor();
    const pageWidth = await page.locator('html').evaluate((html) => html.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(390);
    await shoot(page, 'sources-390');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('the queue shows demo mentions from several platforms, each linking to its original', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    // The demo links point at the real platforms; the test answers for them so the link can be followed offline.
    await context.route(
      (url) => url.origin !== t.baseUrl,
      (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<h1>The original post</h1>' }),
    );
    const page = await context.newPage();
    await signIn(page, comms, '/queue');
    const list = page.getByRole('list', { name: 'Mentions' });
    await list.getByRole('listitem').first().waitFor();

    const platformFilter = page.getByRole('search').getByLabel('Platform');
    // The platforms come from their own request, which can answer after the first rows.
    await platformFilter.locator('option').nth(1).waitFor({ state: 'attached' });
    const offered = await platformFilter.locator('option').allTextContents();
    // Only platforms with mentions (or configured), never Demo: Facebook and Instagram are there for
    // the demo's comments on our own pages.
    expect(offered).toEqual(['All platforms', ...PLATFORM_NAMES, 'Facebook', 'Instagram']);

    const metas = await list.locator('.mention-row__meta').allTextContents();
    const seen = PLATFORM_NAMES.filter((name) => metas.some((meta) => meta.includes(name)));
    expect(seen.length).toBeGreaterThanOrEqual(4);
    expect(metas.filter((meta) => /Demo\s*Demo/.test(meta))).toEqual([]);
    await shoot(page, 'queue-platforms-1280');

    for (const [platform, host] of [
      ['Reddit', 'www.reddit.com'],
      ['Bluesky', 'bsky.app'],
    ] as const) {
      await platformFilter.selectOption({ label: platform });
      await page.waitForURL(new RegExp(`platform=${platform.toLowerCase()}`));
      const first = list.getByRole('listitem').first();
      await first.getByText(platform, { exact: true }).waitFor();
      const link = first.getByRole('link', { name: /^Original post by/ });
      const href = await link.getAttribute('href');
      expect(new URL(href!).host).toBe(host);
      expect(await link.getAttribute('target')).toBe('_blank');
      const [original] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await original.waitForLoadState();
      expect(original.url()).toBe(href);
      expect(await original.getByRole('heading').textContent()).toBe('The original post');
      await original.close();
      const [stored] = (await t.db.query(`SELECT count(*)::int AS n FROM mentions WHERE url = $1`, [href])) as {
        n: number;
      }[];
      expect(stored!.n).toBe(1);
    }

    await page.setViewportSize({ width: 390, height: 844 });
    // On a phone the filters fold behind one button (issue 20).
    await page.getByRole('button', { name: /^Filters/ }).click();
    await platformFilter.selectOption({ label: 'All platforms' });
    await list.getByRole('listitem').first().waitFor();
    await shoot(page, 'queue-platforms-390');
    await context.close();
  });
});
