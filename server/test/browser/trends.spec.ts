import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { IngestService } from '../../src/ingest/ingest.service';
import { createUser, TEST_PASSWORD } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath, seriousAccessibilityProblems } from '../support/browser';
import { newMention } from '../support/mentions-factory';
import { newTestApp, type TestApp } from '../support/test-app';

async function signInAt(page: Page, url: string, user: { email: string }): Promise<void> {
  await page.goto(url);
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Password').fill(TEST_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/**
 * The ranked charts' labels on the page: each one's text, its full text (the hover title), and
 * whether it starts left of the chart, where the card cuts it off.
 */
async function rankedLabels(page: Page, region: string) {
  const chart = page.getByRole('region', { name: region, exact: true });
  await chart.locator('.recharts-yAxis-tick-labels text').first().waitFor();
  return chart.locator('.recharts-yAxis-tick-labels text').evaluateAll((texts) =>
    texts.map((text) => {
      const svg = text.closest('svg')!.getBoundingClientRect();
      return {
        shown: [...text.childNodes]
          .filter((n) => n.nodeName !== 'title')
          .map((n) => n.textContent)
          .join(''),
        full: text.querySelector('title')?.textContent ?? '',
        clipped: text.getBoundingClientRect().left < svg.left - 0.5,
      };
    }),
  );
}

/** A London day `days` before today, YYYY-MM-DD. */
const londonDay = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() - days * 86_400_000));

describeInBrowser('the Trends page in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  beforeAll(async () => {
    t = await newTestApp({ listen: true });
    browser = await launchChromium();
    // The demo corpus, through real ingestion: posts spread over the last 90 days.
    const [demo] = await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'demo'`);
    const outcome = await t.app.get(IngestService).runSource(demo.id, { force: true });
    expect(outcome).toMatchObject({ outcome: 'ran' });
    // Some triage and escalations, so time-to-action and the escalations chart have something to show.
    await t.db.query(`
      INSERT INTO mention_marks (mention_id, mark, created_at)
      SELECT id, 'no_action', ingested_at + (id % 50 + 5) * interval '1 minute'
      FROM mentions WHERE top_category IS NOT NULL ORDER BY id LIMIT 20`);
    await t.db.query(`
      INSERT INTO escalations (mention_id, reason, severity, evidence, evidence_sha256, created_at)
      SELECT id, 'browser test', 'high', '{}'::jsonb, 'x', least(now(), posted_at + interval '2 hours')
      FROM mentions WHERE top_category IS NOT NULL AND posted_at > now() - interval '25 days' ORDER BY id LIMIT 8`);
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('a manager sees the charts, switches the range and downloads a CSV', async () => {
    // The page opens on the last 30 London days, today included.
    const [counted] = await t.db.query(`SELECT count(*)::int AS n FROM mentions WHERE
      (posted_at AT TIME ZONE 'Europe/London')::date > (now() AT TIME ZONE 'Europe/London')::date - 30`);
    expect(counted.n).toBeGreaterThan(0);
    const manager = await createUser(t, 'manager');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));

    await page.goto(`${t.baseUrl}/trends`);
    await page.getByLabel('Email').fill(manager.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Trends' }).waitFor();
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Trends' }).waitFor();

    const flagged = page.getByRole('region', { name: 'Flagged mentions by category' });
    await flagged.locator('.recharts-bar-rectangle path').first().waitFor();
    // Drawn, not just laid out: the bars and the 7-day average lines have real path data.
    const lines = await flagged
      .locator('path.recharts-line-curve')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').filter((d) => d.length > 20));
    expect(lines.length).toBeGreaterThan(0);
    for (const name of ['Not flagged', 'Category by platform', 'Top hashtags']) {
      await page.getByRole('region', { name }).locator('.recharts-bar-rectangle path').first().waitFor();
    }
    await page.getByRole('region', { name: 'Flagged share' }).locator('path.recharts-line-curve').first().waitFor();
    await page
      .getByRole('region', { name: 'Time to first action' })
      .locator('.recharts-reference-line')
      .first()
      .waitFor({ state: 'attached' });
    const mentionsTile = page.getByRole('list', { name: 'Key figures' }).getByRole('listitem').first();
    expect(await mentionsTile.textContent()).toContain(`Mentions${counted.n}`);
    await page.screenshot({ path: screenshotPath('trends'), fullPage: true });

    // Switch the range: the URL, the picker and the data follow.
    const volumeRequest = page.waitForResponse((r) => r.url().includes('/api/trends/volume') && r.status() === 200);
    await page.getByRole('button', { name: 'Last 7 days' }).click();
    const answered = await volumeRequest;
    const body = (await answered.json()) as { buckets: unknown[] };
    expect(body.buckets).toHaveLength(7);
    expect(new URL(page.url()).searchParams.get('range')).toBe('7');
    expect(await page.getByRole('button', { name: 'Last 7 days' }).getAttribute('aria-pressed')).toBe('true');

    // The table view of a chart.
    const share = page.getByRole('region', { name: 'Flagged share' });
    await share.getByRole('button', { name: 'Show table for Flagged share' }).click();
    expect(await share.getByRole('row').count()).toBe(8); // header + 7 days
    // Every date in the dashboard reads dd/mm/yyyy (README), the tables' days included.
    const days = await share.locator('td.day').allTextContents();
    expect(days).toHaveLength(7);
    for (const day of days) expect(day).toMatch(/^\d{2}\/\d{2}\/\d{4}$/);
    expect(await page.locator('.kpi__previous').first().textContent()).toMatch(
      /^previous \d{2}\/\d{2}\/\d{4} – \d{2}\/\d{2}\/\d{4}:/,
    );
    await page.screenshot({ path: screenshotPath('trends-7-days-table'), fullPage: true });

    // The CSV download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Flagged mentions by category as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^trends-volume-by-category-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile((await download.path())!, 'utf8');
    const rows = csv.trim().split('\r\n');
    expect(rows[0]).toMatch(
      /^bucket_start,confidential,litigation,disrepute,personal_data,safeguarding,threat,academic_misconduct,none,total,confidential_7day_average,/,
    );
    expect(rows).toHaveLength(8);

    // A custom range.
    const custom = page.getByRole('form', { name: 'Custom range' });
    await custom.getByLabel('From', { exact: true }).fill('2026-01-01');
    await custom.getByLabel('To', { exact: true }).fill('2026-01-31');
    await custom.getByRole('button', { name: 'Apply dates' }).click();
    // dd/mm/yyyy, as every date in the dashboard reads.
    await page.getByText('01/01/2026 to 31/01/2026').waitFor();
    expect(errors).toEqual([]);
  });

  it('a manager follows a spike in the category chart to the mentions behind it', async () => {
    // A litigation spike three days ago: far above any demo day, so its bar is the tallest.
    const spikeDay = londonDay(3);
    for (let i = 0; i < 40; i += 1)
      await newMention(t, {
        postedAt: `${spikeDay}T11:${String(i).padStart(2, '0')}:00Z`,
        categories: [{ category: 'litigation', score: 0.9 }],
        status: i % 4 === 0 ? 'hidden' : 'new',
      });
    const [expected] = await t.db.query(
      `SELECT count(*)::int AS n FROM mentions
        WHERE top_category = 'litigation' AND (posted_at AT TIME ZONE 'Europe/London')::date = $1::date`,
      [spikeDay],
    );
    const manager = await createUser(t, 'manager');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London' });
    await signInAt(page, `${t.baseUrl}/trends`, manager);
    const litigation = page
      .getByRole('list', { name: 'Flagged mentions per category' })
      .getByRole('listitem')
      .filter({ has: page.getByRole('heading', { name: /^Litigation/ }) });
    await litigation.locator('.recharts-bar-rectangle path').first().waitFor();
    // The tallest bar is the spike.
    const bars = litigation.locator('.recharts-bar-rectangle path');
    const heights = await bars.evaluateAll((els) => els.map((el) => el.getBoundingClientRect().height));
    const tallest = heights.indexOf(Math.max(...heights));
    // Hover first: the chart learns which bucket is under the pointer, then the click opens it.
    await bars.nth(tallest).hover();
    await page.waitForTimeout(300);
    await bars.nth(tallest).click({ force: true });
    await page.getByRole('heading', { name: 'Mentions behind a figure' }).waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe('/trends/mentions');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      status: 'all',
      topCategory: 'litigation',
      from: spikeDay,
      to: spikeDay,
    });
    const lead = page.getByText(`Litigation mentions on ${spikeDay.split('-').reverse().join('/')}`);
    await lead.waitFor();
    // A bar counts every status; a backlog figure (no status) would say "in the queue now".
    expect(await lead.textContent()).toContain('(London days, every status).');
    const count = page.locator('.drill-count strong');
    await count.waitFor();
    expect(Number(await count.textContent())).toBe(expected.n);
    expect(expected.n).toBeGreaterThanOrEqual(40);
    await page.screenshot({ path: screenshotPath('trends-drill-down-manager') });

    // Comms staff given the link see the queue filtered to exactly those mentions.
    const comms = await createUser(t, 'comms');
    const queuePage = await browser.newPage({ viewport: { width: 1280, height: 900 }, timezoneId: 'Europe/London' });
    await signInAt(queuePage, `${t.baseUrl}/queue?${url.searchParams}`, comms);
    const listed = await queuePage.waitForResponse(
      (r) => r.url().includes('/api/mentions?') && r.url().includes('topCategory=litigation') && r.status() === 200,
    );
    const page1 = (await listed.json()) as { items: unknown[]; nextCursor: string | null };
    expect(page1.items.length + (page1.nextCursor ? 1 : 0)).toBeGreaterThan(0);
    const apiUrl = new URL(listed.url());
    apiUrl.searchParams.set('limit', '100');
    const all = (await queuePage.evaluate(
      async (href) => (await fetch(href)).json(),
      apiUrl.pathname + apiUrl.search,
    )) as { items: unknown[] };
    expect(all.items).toHaveLength(expected.n);

    // The filter panel shows every filter the link applied, so comms see why the list is short and
    // can take each one off.
    const panel = queuePage.getByRole('search', { name: 'Filter mentions' });
    const status = panel.getByRole('combobox', { name: 'Status' });
    expect(await status.evaluate((s: HTMLSelectElement) => s.options[s.selectedIndex]?.textContent)).toBe('Any status');
    expect(await panel.getByLabel('From', { exact: true }).inputValue()).toBe(spikeDay);
    expect(await panel.getByLabel('To', { exact: true }).inputValue()).toBe(spikeDay);
    const fromLink = panel.getByRole('group', { name: 'Filters from the link' });
    expect(await fromLink.textContent()).toContain('Top category: Litigation');
    const unfiltered = queuePage.waitForResponse(
      (r) => r.url().includes('/api/mentions?') && !r.url().includes('topCategory') && r.status() === 200,
    );
    await fromLink.getByRole('button', { name: 'Remove filter: Top category: Litigation' }).click();
    await unfiltered;
    expect(new URL(queuePage.url()).searchParams.has('topCategory')).toBe(false);
    await fromLink.waitFor({ state: 'detached' });
  });

  it('fits a phone: no sideways scroll at 390 or 360 px, and axe-core finds nothing serious', async () => {
    const manager = await createUser(t, 'manager');
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signInAt(page, `${t.baseUrl}/trends`, manager);
    await page
      .getByRole('region', { name: 'Time to first action' })
      .locator('.recharts-reference-line')
      .first()
      .waitFor({ state: 'attached' });
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    // The hashtags' names are read whole, or cut with "…" and whole on hover: never clipped at the edge.
    const wide = await rankedLabels(page, 'Top hashtags');
    expect(wide.length).toBeGreaterThan(0);
    expect(wide.filter((label) => label.clipped)).toEqual([]);
    expect(wide.filter((label) => label.shown !== label.full && !label.shown.endsWith('…'))).toEqual([]);
    expect(wide.some((label) => label.full.length >= 16 && label.shown === label.full)).toBe(true);
    for (const width of [390, 360]) {
      await page.setViewportSize({ width, height: 844 });
      await page
        .getByRole('region', { name: 'Category by platform' })
        .locator('.recharts-bar-rectangle path')
        .first()
        .waitFor();
      await page.waitForTimeout(300); // the charts' resize observer
      const overflow = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        wide: [...document.querySelectorAll('main *')]
          .filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}.${el.className}`),
      }));
      expect(overflow).toEqual({ page: 0, wide: [] });
      const labels = await rankedLabels(page, 'Top hashtags');
      expect(labels.filter((label) => label.clipped)).toEqual([]);
      expect(labels.filter((label) => label.shown !== label.full && !label.shown.endsWith('…'))).toEqual([]);
      if (width === 390) {
        await page.screenshot({ path: screenshotPath('trends-phone-390'), fullPage: true });
        for (const name of [
          'Key figures',
          'Flagged mentions by category',
          'Category by platform',
          'Backlog',
          'Top hashtags',
        ])
          await page
            .getByRole('region', { name, exact: true })
            .screenshot({ path: screenshotPath(`trends-phone-390-${name.toLowerCase().replace(/ /g, '-')}`) });
      }
    }
    // A table view on a phone fits too: dates on one line, no column cut.
    const authors = page.getByRole('region', { name: 'Top authors by flagged mentions' });
    await authors.getByRole('button', { name: 'Show table for Top authors by flagged mentions' }).click();
    const table = authors.getByRole('table');
    const box = (await table.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(360);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
  });

  it('is not offered to communications staff', async () => {
    const comms = await createUser(t, 'comms');
    const page = await browser.newPage();
    await page.goto(`${t.baseUrl}/trends`);
    await page.getByLabel('Email').fill(comms.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Not available' }).waitFor();
  });
});
