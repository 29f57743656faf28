import type { Browser, Page } from 'playwright-core';
import { EscalationsService } from '../../src/escalations/escalations.service';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { newMention } from '../support/mentions-factory';
import { newTestApp, type TestApp } from '../support/test-app';
import { queryAsOwner } from '../support/test-database';

describeInBrowser('a discipline officer works a case in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let officer: TestUser;
  let comms: TestUser;

  async function raise(
    severity: 'high' | 'urgent',
    text: string,
    url = 'https://x.com/i/web/status/1',
  ): Promise<string> {
    const phone = text.indexOf('07700');
    const mention = await newMention(t, {
      url,
      authorHandle: 'leaky_account',
      authorName: 'Leaky Account',
      text,
      postedAt: new Date(Date.now() - 2 * 3600_000),
      categories: [
        {
          category: 'personal_data',
          score: 0.97,
          evidence: [{ start: phone, end: phone + 12, text: '07700 900123', reason: 'uk_phone' }],
        },
      ],
    });
    const service = t.app.get(EscalationsService);
    const { id } = await t.db.transaction((tx) =>
      service.raise(tx, {
        mentionId: mention.id,
        reason: 'Posts a student’s phone number',
        severity,
        actor: { id: comms.id, email: comms.email },
      }),
    );
    await service.notifyRaised(id);
    return id;
  }

  async function signInAsOfficer(page: Page, path: string) {
    await page.goto(`${t.baseUrl}${path}`);
    await page.getByLabel('Email').fill(officer.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  beforeAll(async () => {
    t = await newTestApp({ listen: true });
    browser = await launchChromium();
    officer = await createUser(t, 'discipline');
    comms = await createUser(t, 'comms');
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('sees the case in the inbox, acknowledges it, takes it and closes it with an outcome', async () => {
    const id = await raise('urgent', 'Call her on 07700 900123 and tell her what you think of her OU essay');
    const page = await browser.newPage();
    await signInAsOfficer(page, '/escalations');
    await page.getByRole('heading', { name: 'Escalations' }).waitFor();
    await page.getByRole('button', { name: /Notifications: [1-9]\d* unread/ }).waitFor();
    await page.screenshot({ path: screenshotPath('escalations-inbox'), fullPage: true });

    await page.getByRole('link', { name: `Case #${id}` }).click();
    await page.getByRole('heading', { name: `Case #${id}` }).waitFor();
    await page.getByText('Evidence verified').waitFor();
    expect(await page.locator('mark[title="UK phone number"]').textContent()).toBe(
      '07700 900123 (evidence: UK phone number)',
    );

    await page.getByRole('button', { name: 'Acknowledge' }).click();
    await page.getByRole('button', { name: 'Acknowledge' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Assign to me' }).click();
    await page.getByRole('button', { name: 'Assign to me' }).waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Close case' }).click();
    const closeForm = page.getByRole('form', { name: 'Close this case' });
    await closeForm.getByLabel('Outcome', { exact: true }).selectOption('referred_student_discipline');
    await closeForm.getByLabel('Outcome note').fill('Referred to the Student Conduct team');
    await page.getByRole('button', { name: 'Add note' }).isDisabled();
    await page.getByLabel('Add a note').fill('Student contacted by phone');
    await page.getByRole('button', { name: 'Add note' }).click();
    await page.getByText('Student contacted by phone').waitFor();
    await closeForm.getByRole('button', { name: 'Close case with this outcome' }).click();
    // The summary shows the outcome (the timeline names it too, once it has refetched).
    await page
      .getByRole('region', { name: 'Case summary' })
      .getByText('Referred under the Code of Practice for Student Discipline')
      .waitFor();
    await page.screenshot({ path: screenshotPath('escalation-closed'), fullPage: true });

    await page.reload();
    await page.getByRole('definition').filter({ hasText: 'Closed' }).first().waitFor();
    const [row] = await t.db.query(`SELECT status, outcome, assignee_id FROM escalations WHERE id = $1`, [id]);
    expect(row).toEqual({ status: 'closed', outcome: 'referred_student_discipline', assignee_id: officer.id });

    await page.getByRole('link', { name: 'Printable page' }).click();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: screenshotPath('escalation-print'), fullPage: true });
    expect(await page.getByRole('button', { name: 'Print' }).isVisible()).toBe(false);
  });

  it('warns, unmistakably, when the evidence no longer matches its hash', async () => {
    const id = await raise('high', 'Her number is 07700 900123, OU student');
    // The application's role cannot rewrite evidence at all; the owner can, with the guard off.
    await queryAsOwner(t.ownerUrl, `ALTER TABLE escalations DISABLE TRIGGER escalations_evidence_fixed`);
    await queryAsOwner(
      t.ownerUrl,
      `UPDATE escalations SET evidence = jsonb_set(evidence, '{text}', '"something else"') WHERE id = $1`,
      [id],
    );
    await queryAsOwner(t.ownerUrl, `ALTER TABLE escalations ENABLE TRIGGER escalations_evidence_fixed`);
    const page = await browser.newPage();
    await signInAsOfficer(page, `/escalations/${id}`);
    const warning = page.getByRole('alert').filter({ hasText: 'the evidence does not match its hash' });
    await warning.waitFor();
    expect(await page.getByText('Evidence verified').count()).toBe(0);
    await page.screenshot({ path: screenshotPath('escalation-tampered'), fullPage: true });
  });

  it('never turns a stored data: or javascript: URL into a link, on the case or its printable page', async () => {
    const id = await raise(
      'high',
      'Her number is 07700 900123',
      'data:text/html,<script>alert(document.cookie)</script>',
    );
    const page = await browser.newPage();
    await signInAsOfficer(page, `/escalations/${id}`);
    await page.getByRole('heading', { name: `Case #${id}` }).waitFor();
    await page.getByText('not a web address').waitFor();
    const hrefs = await page.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs.filter((h) => /^(data|javascript):/i.test(h))).toEqual([]);
    await page.getByRole('link', { name: 'Printable page' }).click();
    await page.getByRole('button', { name: 'Print' }).waitFor();
    const printHrefs = await page
      .locator('a[href]')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    expect(printHrefs.filter((h) => /^(data|javascript):/i.test(h))).toEqual([]);
  });
});
