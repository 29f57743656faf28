/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath, seriousAccessibilityProblems } from '../support/browser';
import { newMention } from '../support/mentions-factory';
import { newTestApp, type TestApp } from '../support/test-app';

const SIZES = [
  [1280, 900],
  [390, 844],
] as const;

describeInBrowser('the privacy notice and the data protection page in Chromium (issue 18)', () => {
  let t: TestApp;
  let browser: Browser;
  let admin: TestUser;
  let comms: TestUser;

  beforeAll(async () => {
    t = await newTestApp({ listen: true, env: { DEMO: 'off' } });
    browser = await launchChromium();
    admin = await createUser(t, 'admin');
    comms = await createUser(t, 'comms');
  }, 900_000);
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

  const notice = (page: Page) => page.getByRole('heading', { name: 'Privacy notice: OU Social Listening' });

  it('is linked from the sign-in page and the report form, reads correctly at 1280 and 390 px, and axe finds nothing serious', async () => {
    for (const [width, height] of SIZES) {
      const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true }); // for axe's script
      await page.goto(`${t.baseUrl}/sign-in`);
      await page.getByRole('link', { name: 'Privacy notice' }).click();
      await notice(page).waitFor({ timeout: 60_000 });
      expect(page.url()).toBe(`${t.baseUrl}/privacy`);
      for (const heading of ['What we collect', 'Why (lawful basis)', 'How long we keep it', 'Your rights'])
        await expect(page.getByRole('heading', { name: heading }).isVisible()).resolves.toBe(true);
      await expect(page.getByText('Posts nobody acted on are deleted after 30 days').isVisible()).resolves.toBe(true);
      await expect(page.getByRole('link', { name: 'data-protection@open.ac.uk' }).getAttribute('href')).resolves.toBe(
        'mailto:data-protection@open.ac.uk',
      );
      // No sideways scrolling on a phone.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: screenshotPath(`privacy-notice-${width}`), fullPage: true });
      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await page.goto(`${t.baseUrl}/report`);
      await page.getByRole('link', { name: 'privacy notice' }).click({ timeout: 90_000 });
      await notice(page).waitFor();
      await expect(page.getByRole('heading', { name: 'If you report something to us' }).isVisible()).resolves.toBe(
        true,
      );
      await page.close();
    }
  });

  it('shows an admin the schedule read-only, exports an author, and erases one after confirming', async () => {
    const kept = await newMention(t, { authorId: '5550001111', authorHandle: 'kept_author', text: 'Still here' });
    const erased = await newMention(t, { authorId: '5550002222', authorHandle: 'erased_author', text: 'Erase me' });
    for (const [width, height] of SIZES) {
      const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true }); // for axe's script
      await signIn(page, admin, '/admin/privacy');
      const schedule = page.getByRole('region', { name: 'Retention schedule' });
      await schedule.getByRole('cell', { name: 'The audit log' }).waitFor({ timeout: 60_000 });
      const auditRow = schedule.getByRole('row').filter({ hasText: 'The audit log' });
      await expect(auditRow.textContent()).resolves.toContain('2557 days (7 years)');
      await expect(auditRow.textContent()).resolves.toContain('RETENTION_AUDIT_DAYS');
      await expect(schedule.locator('input, select, textarea, button').count()).resolves.toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: screenshotPath(`admin-privacy-${width}`), fullPage: true });
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.close();
    }

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(page, admin, '/admin/privacy');
    // Sent empty: one plain sentence saying what to give, not a rule per validator.
    await page.getByRole('button', { name: 'Export as JSON' }).click({ timeout: 60_000 });
    const refused = page.getByRole('alert').filter({ hasText: 'author' });
    await refused.waitFor();
    expect(await refused.textContent()).toBe("Give the author's id or their handle");
    await page.getByLabel('Export author id').fill('5550001111', { timeout: 60_000 });
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export as JSON' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^subject-access-x-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(
      await new Promise<string>((resolve, reject) => {
        void download.createReadStream().then((stream) => {
          let text = '';
          stream.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
          stream.on('end', () => resolve(text));
          stream.on('error', reject);
        });
      }),
    ) as { authorId: string; mentions: { id: string }[] };
    expect(exported.authorId).toBe('5550001111');
    expect(exported.mentions.map((m) => m.id)).toEqual([kept.id]);

    // Refusing the confirmation erases nothing.
    await page.getByLabel('Erase author id').fill('5550002222');
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.getByRole('button', { name: 'Erase author' }).click();
    await page.waitForTimeout(300);
    expect(await t.db.query(`SELECT 1 FROM mentions WHERE id = $1`, [erased.id])).toHaveLength(1);

    let asked = '';
    page.once('dialog', (dialog) => {
      asked = dialog.message();
      void dialog.accept();
    });
    await page.getByRole('button', { name: 'Erase author' }).click();
    await page.getByRole('status').filter({ hasText: 'Erased 1 post' }).waitFor();
    expect(asked).toBe(
      'Erase everything held about this x author, and drop their future posts? ' +
        'Any case raised from their posts goes too, open ones included, unless it is on legal hold.',
    );
    expect(await t.db.query(`SELECT 1 FROM mentions WHERE id = $1`, [erased.id])).toEqual([]);
    expect(await t.db.query(`SELECT 1 FROM mentions WHERE id = $1`, [kept.id])).toHaveLength(1);
    await page.screenshot({ path: screenshotPath('admin-privacy-erased-1280'), fullPage: true });

    // By a handle nothing stored links to an id: nothing happens, and the page says why.
    await page.getByLabel('Erase author id').fill('');
    await page.getByLabel('Erase handle').fill('@nobody_we_know');
    page.once('dialog', (dialog) => void dialog.accept());
    await page.getByRole('button', { name: 'Erase author' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Nothing was erased' });
    await alert.waitFor();
    await expect(alert.textContent()).resolves.toContain('Give the author id');
    await page.screenshot({ path: screenshotPath('admin-privacy-handle-unknown-1280'), fullPage: true });
    await page.close();
  });

  it('is not reachable for other roles', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signIn(page, comms, '/admin/privacy');
    await page.getByText('Your role does not give access to this page.').waitFor({ timeout: 60_000 });
    await expect(page.getByRole('region', { name: 'Retention schedule' }).count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('admin-privacy-comms-390'), fullPage: true });
    const status = await page.evaluate(async () => (await fetch('/api/privacy/retention')).status);
    expect(status).toBe(403);
    await page.close();
  });
});
