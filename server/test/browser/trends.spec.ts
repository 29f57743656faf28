import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import { IngestService } from '../../src/ingest/ingest.service';
import { createUser, TEST_PASSWORD } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';

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

    const volume = page.getByRole('region', { name: 'Volume by category' });
    await volume.locator('.recharts-area-area').first().waitFor();
    // Drawn, not just laid out: the stacked areas have real path data.
    const areaPaths = await volume
      .locator('path.recharts-area-area')
      .evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? '').filter((d) => d.length > 20));
    expect(areaPaths.length).toBeGreaterThan(0);
    for (const name of ['Volume by platform', 'Escalations over time', 'Top hashtags']) {
      await page.getByRole('region', { name }).locator('.recharts-bar-rectangle path').first().waitFor();
    }
    await page.getByRole('region', { name: 'Flagged share' }).locator('path.recharts-line-curve').waitFor();
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
    await volume.getByRole('button', { name: 'Show table for Volume by category' }).click();
    expect(await volume.getByRole('row').count()).toBe(8); // header + 7 days
    await page.screenshot({ path: screenshotPath('trends-7-days-table'), fullPage: true });

    // The CSV download.
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download Volume by category as CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^trends-volume-by-category-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const csv = await readFile((await download.path())!, 'utf8');
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toBe(
      'bucket_start,confidential,litigation,disrepute,personal_data,safeguarding,threat,academic_misconduct,none,total',
    );
    expect(lines).toHaveLength(8);

    // A custom range.
    const custom = page.getByRole('form', { name: 'Custom range' });
    await custom.getByLabel('From', { exact: true }).fill('2026-01-01');
    await custom.getByLabel('To', { exact: true }).fill('2026-01-31');
    await custom.getByRole('button', { name: 'Apply dates' }).click();
    await page.getByText('2026-01-01 to 2026-01-31').waitFor();
    expect(errors).toEqual([]);
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
