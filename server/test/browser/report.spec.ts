/// <reference lib="dom" />
import { mkdirSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath, seriousAccessibilityProblems } from '../support/browser';
import { textPng } from '../support/reports';
import { newTestApp, type TestApp } from '../support/test-app';

const SHOTS_DIR = '/tmp/shots-report';

describeInBrowser('the public report form in Chromium (issue 17)', () => {
  let t: TestApp;
  let browser: Browser;
  let comms: TestUser;
  let officer: TestUser;

  beforeAll(async () => {
    // A proof of work a tenth of the default's, so the widget finishes in well under a second.
    t = await newTestApp({
      listen: true,
      env: { REPORT_POW_MAX_NUMBER: '10000', REPORT_POW_COST: '1', REPORT_OCR: 'off' },
    });
    browser = await launchChromium();
    comms = await createUser(t, 'comms');
    officer = await createUser(t, 'discipline');
    mkdirSync(SHOTS_DIR, { recursive: true });
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Script errors and Content-Security-Policy refusals: the form must need no exception to the CSP. */
  function watchForProblems(page: Page): string[] {
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(`console: ${m.text()}`);
    });
    return problems;
  }

  async function signIn(page: Page, user: TestUser, path: string) {
    await page.goto(`${t.baseUrl}${path}`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  /** Every <img> in the locator has loaded and has pixels. */
  async function imagesLoaded(page: Page, selector: string): Promise<number> {
    await page.waitForFunction(
      (sel) =>
        [...document.querySelectorAll<HTMLImageElement>(sel)].every((img) => img.complete && img.naturalWidth > 0),
      selector,
    );
    return page.locator(selector).count();
  }

  it('shows the emergency text first, works at 1280 and 390 px, and axe finds nothing serious', async () => {
    for (const [width, height] of [
      [1280, 900],
      [390, 844],
    ] as const) {
      const page = await browser.newPage({ viewport: { width, height } });
      const problems = watchForProblems(page);
      await page.goto(`${t.baseUrl}/report`);
      // The form is its own chunk: on a busy machine the first load can take a while.
      await page.getByRole('heading', { name: 'Report something you have seen online' }).waitFor({ timeout: 90_000 });
      const emergency = page.getByRole('complementary', { name: 'In an emergency' });
      expect(await emergency.textContent()).toMatch(/call 999.*112 from\s+outside the UK/);
      // The emergency text is the first thing under the title, above the form.
      const [emergencyTop, formTop] = await Promise.all([
        emergency.boundingBox().then((b) => b!.y),
        page
          .locator('form')
          .boundingBox()
          .then((b) => b!.y),
      ]);
      expect(emergencyTop).toBeLessThan(formTop);
      // Nothing wider than the phone: no sideways scrolling.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: `${SHOTS_DIR}/report-${width}.png`, fullPage: true });
      await page.screenshot({ path: screenshotPath(`report-form-${width}`), fullPage: true });
      expect(problems).toEqual([]);
      await page.close();
      // axe is injected as a script, which the CSP (rightly) refuses: it runs in a page that bypasses it.
      const audited = await browser.newPage({ viewport: { width, height }, bypassCSP: true });
      await audited.goto(`${t.baseUrl}/report`);
      await audited
        .getByRole('heading', { name: 'Report something you have seen online' })
        .waitFor({ timeout: 90_000 });
      expect(await seriousAccessibilityProblems(audited)).toEqual([]);
      await audited.close();
    }
  });

  it('names what to fix in the words of the form, every field at once, and offers no future date', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems = watchForProblems(page);
    await page.goto(`${t.baseUrl}/report`);
    const when = page.getByLabel('When did it happen?');
    await when.waitFor({ timeout: 90_000 });
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
    expect(await when.getAttribute('max')).toBe(today);

    await page.getByLabel('What happened?').fill('Someone keeps posting a classmate’s address in the group.');
    await page.getByLabel('Where did it happen?').selectOption('discord');
    await page.getByLabel('Link to the post or group (optional)').fill('discord.gg/abc');
    await when.fill('2999-01-01');
    await page.getByRole('radio', { name: 'Staff' }).check();
    await page.getByLabel('Your e-mail address (optional)').fill('not an address');
    await page.getByRole('button', { name: 'Send report' }).click();

    const summary = page.getByRole('alert');
    await summary.getByRole('heading', { name: 'There is a problem with the report' }).waitFor();
    expect(await summary.getByRole('listitem').allTextContents()).toEqual([
      'The link must be a web address starting with https:// or http:// (or leave it empty).',
      'The date it happened is in the future. Give a date no later than today.',
      'That is not an e-mail address. Correct your e-mail address, or leave it empty.',
    ]);
    // Beside each field too, and never in the API's names for them.
    const form = (await page.locator('form').textContent())!;
    expect(form).not.toMatch(/happenedAt|reporterEmail|reporterType|consentToContact/);
    expect(await when.getAttribute('aria-invalid')).toBe('true');

    // What the server refuses reads the same way: a date only the server can judge (tomorrow, in a
    // browser whose clock is behind) is refused in the form's words beside the date.
    await page.getByLabel('Link to the post or group (optional)').fill('');
    await page.getByLabel('Your e-mail address (optional)').fill('');
    await when.fill(today);
    await page.route('**/api/reports', async (route) => {
      const body = route.request().postData() ?? '';
      await route.continue({ postData: body.replace(`\r\n\r\n${today}\r\n`, '\r\n\r\n2999-01-01\r\n') });
    });
    await page.getByRole('button', { name: 'Send report' }).click();
    await summary.getByText('The date it happened is in the future. Give a date no later than today.').waitFor();
    expect(await page.locator('form').textContent()).not.toContain('happenedAt');
    expect(problems.filter((p) => !p.includes('400'))).toEqual([]);
    await page.close();
  });

  it('an anonymous person files a report with two screenshots; comms escalate it; the officer sees the screenshots as verified evidence', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems = watchForProblems(page);
    await page.goto(`${t.baseUrl}/report`);

    // A refusal names what to fix and keeps the page.
    await page.getByRole('button', { name: 'Send report' }).click();
    await page.getByRole('alert').getByText('Say what happened, in at least 10 characters.').waitFor();

    await page
      .getByLabel('What happened?')
      .fill(
        'In our OU module WhatsApp group someone posted a classmate’s home address and keeps telling people to visit her.',
      );
    await page.getByLabel('Where did it happen?').selectOption('whatsapp');
    await page.getByLabel('When did it happen?').fill('2026-11-28');
    await page.getByLabel('Who is involved? (optional)').fill('A user called “mk_lad”');
    await page.getByLabel('Screenshots (optional)').setInputFiles([
      { name: 'chat-1.png', mimeType: 'image/png', buffer: await textPng(['mk_lad: her address is 12 Acacia Avenue']) },
      { name: 'chat-2.png', mimeType: 'image/png', buffer: await textPng(['mk_lad: go and see her tonight']) },
    ]);
    await page.getByRole('radio', { name: 'A student' }).check();
    await page.getByLabel('Your e-mail address (optional)').fill('witness@example.org');
    await page.getByRole('checkbox', { name: 'You may contact me at this address about this report' }).check();
    await page.screenshot({ path: `${SHOTS_DIR}/report-390-filled.png`, fullPage: true });
    await page.getByRole('button', { name: 'Send report' }).click();

    await page.getByRole('heading', { name: 'Thank you: your report has been sent' }).waitFor({ timeout: 60_000 });
    const reference = (await page.locator('.report-done__reference').textContent())!;
    expect(reference).toMatch(/^R-[0-9A-Z]{4}-[0-9A-Z]{4}$/);
    await page.screenshot({ path: `${SHOTS_DIR}/report-390-done.png`, fullPage: true });
    expect(problems).toEqual([]);
    const [mention] = await t.db.query(`SELECT id::text FROM mentions WHERE platform = 'report' AND external_id = $1`, [
      reference,
    ]);
    expect(mention).toBeDefined();

    // Comms: the report is in the queue with its badge, under its own filter, with the screenshots.
    const queue = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(queue, comms, '/queue');
    await queue.getByRole('list', { name: 'Mentions' }).waitFor();
    await queue.getByRole('combobox', { name: 'Platform' }).selectOption('report');
    const row = queue.getByRole('list', { name: 'Mentions' }).getByRole('listitem').filter({ hasText: 'Report' });
    await row.first().waitFor();
    // The unfiltered list can still be on screen, or reloading, just after the filter changes:
    // wait for the filtered one to settle before counting.
    const items = queue.getByRole('list', { name: 'Mentions' }).getByRole('listitem');
    for (let i = 0; i < 60 && (await items.count()) !== 1; i++) await queue.waitForTimeout(500);
    expect(await items.count()).toBe(1);
    await row.first().getByRole('button').first().click();
    const detail = queue.getByRole('complementary', { name: 'Mention detail' });
    await detail.getByRole('heading', { name: `Public report ${reference}` }).waitFor();
    await detail.getByText('witness@example.org').waitFor();
    expect(await imagesLoaded(queue, '.report-shots img')).toBe(2);
    await queue.screenshot({ path: `${SHOTS_DIR}/queue-report-detail.png`, fullPage: true });
    await queue.screenshot({ path: screenshotPath('report-in-queue'), fullPage: true });

    await detail.getByRole('button', { name: 'Escalate' }).click();
    const dialog = queue.getByRole('dialog');
    // The reason's limit shows before anything is sent, and the field keeps to it.
    const reason = dialog.getByRole('textbox', { name: 'Reason' });
    expect(await reason.getAttribute('maxlength')).toBe('2000');
    await dialog.getByText('0 of 2,000 characters').waitFor();
    const why = 'Doxxing in a private group; the student may be at risk';
    await reason.fill(why);
    const count = dialog.getByText(`${why.length} of 2,000 characters`);
    await count.waitFor();
    expect(await reason.getAttribute('aria-describedby')).toBe(await count.getAttribute('id'));
    await dialog.getByRole('combobox', { name: 'Severity' }).selectOption('high');
    await dialog.getByRole('button', { name: 'Escalate mention' }).click();
    await dialog.waitFor({ state: 'detached' });
    // Issue 19: an escalated report leaves the open queue; its own URL still opens it, escalated.
    await queue.goto(`${t.baseUrl}/queue/${mention.id}`);
    await detail.getByText(/Escalated: High severity, open/).waitFor();
    const [escalation] = await t.db.query(`SELECT id::text, evidence FROM escalations WHERE mention_id = $1`, [
      mention.id,
    ]);
    expect(escalation.evidence.screenshots).toHaveLength(2);

    // The discipline officer: the case shows the screenshots under verified evidence.
    const officerPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(officerPage, officer, `/escalations/${escalation.id}`);
    await officerPage.getByRole('heading', { name: `Case #${escalation.id}` }).waitFor();
    const evidence = officerPage.getByRole('region', { name: 'Evidence' });
    await evidence.getByText('Evidence verified').waitFor();
    await evidence.getByRole('heading', { name: 'Screenshots (2)' }).waitFor();
    expect(await imagesLoaded(officerPage, '.evidence-shots img')).toBe(2);
    await evidence.getByText(`${reference} · reported by student`, { exact: false }).waitFor();
    expect(await evidence.textContent()).not.toContain('witness@example.org');
    await officerPage.screenshot({ path: `${SHOTS_DIR}/case-screenshots.png`, fullPage: true });
    await officerPage.screenshot({ path: screenshotPath('report-case-evidence'), fullPage: true });
  });

  it('Send pressed twice while the anti-spam check is still working sends one report, and waits for the check', async () => {
    const reports = async () =>
      ((await t.db.query(`SELECT count(*)::int AS n FROM mentions WHERE platform = 'report'`)) as { n: number }[])[0]!
        .n;
    const before = await reports();
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems = watchForProblems(page);
    // A slow phone or network: the check's challenge takes seconds to come, so it is still working at Send.
    await page.route('**/api/reports/challenge', async (route) => {
      await new Promise((resolve) => setTimeout(resolve, 4_000));
      await route.continue();
    });
    await page.goto(`${t.baseUrl}/report`);
    await page.getByLabel('What happened?').fill('Someone shared our tutor group’s private chat in a public channel.');
    await page.getByLabel('Where did it happen?').selectOption('discord');
    await page.getByLabel('When did it happen?').fill('2026-11-30');
    await page.getByRole('radio', { name: 'A student' }).check();
    const send = page.getByRole('button', { name: /Send report|Finishing the anti-spam check/ });
    await send.click();
    await send.click({ force: true });
    await page.getByRole('button', { name: 'Finishing the anti-spam check…' }).waitFor();
    expect(await page.getByRole('button', { name: 'Finishing the anti-spam check…' }).isDisabled()).toBe(true);

    await page.getByRole('heading', { name: 'Thank you: your report has been sent' }).waitFor({ timeout: 60_000 });
    await page.getByText('You gave no e-mail address, so we cannot tell you what happens next').waitFor();
    expect(await page.getByText('Verification failed').count()).toBe(0);
    expect(await reports()).toBe(before + 1);
    expect(problems).toEqual([]);
    await page.close();
  });
});
