/// <reference lib="dom" />
import type { Browser, Locator, Page } from 'playwright-core';
import { EscalationsService } from '../../src/escalations/escalations.service';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { newMention } from '../support/mentions-factory';
import { postReport, solvedAltcha } from '../support/reports';
import { newTestApp, type TestApp } from '../support/test-app';

/** One unbroken token, as people paste them: 600 characters with nowhere a browser would break a line. */
const LONG_URL = `https://example.org/${'a1b2c3d4e5'.repeat(58)}`;

/**
 * What a QA pass in a real browser found: the next row after marking a pinned mention, double clicks
 * sending two requests, a long URL widening the page on a phone, and Back on a phone leaving the queue.
 */
describeInBrowser('the queue and cases after the QA pass, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let comms: TestUser;
  let officer: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    // A cheap proof of work for the one report sent through the API.
    t = await newTestApp({
      listen: true,
      env: { REPORT_POW_MAX_NUMBER: '200', REPORT_POW_COST: '1', REPORT_OCR: 'off' },
    });
    browser = await launchChromium();
    comms = await createUser(t, 'comms', { displayName: 'Chris Comms' });
    officer = await createUser(t, 'discipline', { displayName: 'Dana Discipline' });
    admin = await createUser(t, 'admin', { displayName: 'Ada Admin' });
  }, 900_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Mentions with a shared search word; returns their ids by handle. */
  async function seed(word: string, rows: { handle: string; score: number; safeguarding?: boolean }[]) {
    const ids: Record<string, string> = {};
    for (const r of rows) {
      const { id } = await newMention(t, {
        authorHandle: r.handle,
        authorName: r.handle,
        text: `${word}: a post about the Open University by ${r.handle}`,
        categories: [{ category: r.safeguarding ? 'safeguarding' : 'disrepute', score: r.score }],
      });
      ids[r.handle] = id;
    }
    return ids;
  }

  async function raiseCase(): Promise<string> {
    const { id: mentionId } = await newMention(t, {
      text: 'I cannot go on with my OU course',
      categories: [{ category: 'safeguarding', score: 0.95 }],
    });
    const { id } = await t.db.transaction((tx) =>
      t.app.get(EscalationsService).raise(tx, {
        mentionId,
        reason: 'Posts about self-harm',
        severity: 'high',
        actor: { id: comms.id, email: comms.email },
      }),
    );
    return id;
  }

  async function signInAt(page: Page, path: string, user: TestUser) {
    await page.goto(`${t.baseUrl}${path}`);
    await page.getByLabel('Email', { exact: true }).fill(user.email);
    await page.getByLabel('Password', { exact: true }).fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  const list = (page: Page) => page.getByRole('list', { name: 'Mentions' });
  const row = (page: Page, handle: string) =>
    list(page)
      .getByRole('listitem')
      .filter({ hasText: `@${handle}` });
  const detail = (page: Page) => page.getByRole('complementary', { name: 'Mention detail' });
  const dialog = (page: Page) => page.getByRole('dialog');
  const heading = (page: Page, handle: string) => detail(page).getByRole('heading', { name: new RegExp(`@${handle}`) });
  const pageWidth = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);
  const count = async (sql: string, params: unknown[]) => ((await t.db.query(sql, params)) as { n: number }[])[0]!.n;

  /**
   * Two clicks before the page can answer the first: the worst case of a double click (on a slow
   * machine the second click comes before the button has re-rendered as disabled).
   */
  const doubleClick = (button: Locator) =>
    button.evaluate((el: HTMLElement) => {
      el.click();
      el.click();
    });

  async function handlesShown(page: Page) {
    return (await list(page).locator('.mention-row__author').allTextContents()).map((h) => h.replace(/^@/, ''));
  }
  async function expectHandles(page: Page, expected: string[]) {
    let shown: string[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(100)) {
      shown = await handlesShown(page);
      if (JSON.stringify(shown) === JSON.stringify(expected)) return;
    }
    expect(shown).toEqual(expected);
  }

  it('after marking the top pinned mention, the next pinned one is selected, not the row the marked one moved above', async () => {
    const ids = await seed('pinnext', [
      { handle: 'pn_first', score: 0.95, safeguarding: true },
      { handle: 'pn_second', score: 0.9, safeguarding: true },
      { handle: 'pn_high', score: 0.99 },
      { handle: 'pn_mid', score: 0.98 },
      { handle: 'pn_low', score: 0.5 },
    ]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAt(page, `/queue/${ids.pn_first}?q=pinnext`, comms);
    await heading(page, 'pn_first').waitFor();
    await expectHandles(page, ['pn_first', 'pn_second', 'pn_high', 'pn_mid', 'pn_low']);

    await detail(page).getByRole('button', { name: 'Mark' }).click();
    await dialog(page).getByRole('radio', { name: 'Needs follow-up' }).check();
    await dialog(page)
      .getByRole('textbox', { name: /^Reason/ })
      .fill('Checked with the student services team');
    await dialog(page)
      .getByRole('checkbox', { name: /I have read it/ })
      .check();
    await dialog(page).getByRole('button', { name: 'Save mark' }).click();
    await dialog(page).waitFor({ state: 'detached' });

    // Reviewed, it keeps its place in the open queue but not its pin: it moves down among the rest.
    await expectHandles(page, ['pn_second', 'pn_high', 'pn_mid', 'pn_first', 'pn_low']);
    await heading(page, 'pn_second').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/queue/${ids.pn_second}`);
    expect(await row(page, 'pn_second').getAttribute('aria-current')).toBe('true');
    await page.close();
  });

  it('a double click escalates once, adds a note once, and adds a user once with the password shown', async () => {
    const ids = await seed('dblclick', [{ handle: 'dc_one', score: 0.8 }]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAt(page, `/queue/${ids.dc_one}?q=dblclick`, comms);
    await heading(page, 'dc_one').waitFor();

    await detail(page).getByLabel('Add a note').fill('Rang the faculty office');
    await doubleClick(detail(page).getByRole('button', { name: 'Add note' }));
    await detail(page).getByText('Rang the faculty office').waitFor();
    await page.waitForTimeout(1_000);
    expect(await count(`SELECT count(*)::int AS n FROM notes WHERE mention_id = $1`, [ids.dc_one])).toBe(1);

    await detail(page).getByRole('button', { name: 'Escalate' }).click();
    await dialog(page).getByRole('textbox', { name: 'Reason' }).fill('Threatens a tutor');
    await doubleClick(dialog(page).getByRole('button', { name: 'Escalate mention' }));
    await dialog(page).waitFor({ state: 'detached' });
    await page.waitForTimeout(1_000);
    expect(await count(`SELECT count(*)::int AS n FROM escalations WHERE mention_id = $1`, [ids.dc_one])).toBe(1);
    expect(await count(`SELECT count(*)::int AS n FROM notes WHERE mention_id = $1`, [ids.dc_one])).toBe(1);
    await page.close();

    const adminPage = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAt(adminPage, '/admin/users', admin);
    const form = adminPage.getByRole('form', { name: 'Add a user' });
    await form.getByLabel('Email').fill('double.click@open.ac.uk');
    await form.getByLabel('Name').fill('Double Click');
    await doubleClick(form.getByRole('button', { name: 'Add user' }));
    await form.getByLabel('Generated password').waitFor();
    await adminPage.waitForTimeout(1_000);
    expect(await form.getByLabel('Generated password').isVisible()).toBe(true);
    expect(await form.getByRole('alert').count()).toBe(0);
    expect(await count(`SELECT count(*)::int AS n FROM users WHERE email = $1`, ['double.click@open.ac.uk'])).toBe(1);
    await adminPage.close();
  });

  it('a double click closes a case once; after Reopen the actions start afresh, with no stale form or error', async () => {
    const id = await raiseCase();
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAt(page, `/escalations/${id}`, officer);
    await page.getByRole('heading', { name: `Case #${id}` }).waitFor();
    await page.getByRole('button', { name: 'Close case' }).click();
    const closeForm = page.getByRole('form', { name: 'Close this case' });
    await closeForm.getByLabel('Outcome', { exact: true }).selectOption('referred_safeguarding');
    await doubleClick(closeForm.getByRole('button', { name: 'Close case with this outcome' }));
    await page.getByRole('button', { name: 'Reopen case' }).waitFor();
    await page.waitForTimeout(1_000);
    expect(await page.getByText('Someone else changed this case', { exact: false }).count()).toBe(0);

    await page.getByRole('button', { name: 'Reopen case' }).click();
    const reopenForm = page.getByRole('form', { name: 'Reopen this case' });
    await reopenForm.getByLabel('Why reopen it?').fill('The student posted again tonight');
    await doubleClick(reopenForm.getByRole('button', { name: 'Reopen with this reason' }));
    await page.getByRole('button', { name: 'Close case' }).waitFor();
    await page.waitForTimeout(1_000);
    expect(await page.getByRole('form', { name: 'Close this case' }).count()).toBe(0);
    expect(await page.getByText('Someone else changed this case', { exact: false }).count()).toBe(0);
    const actions = `SELECT count(*)::int AS n FROM audit_log WHERE action = $1 AND target_id = $2`;
    expect(await count(actions, ['escalation.close', id])).toBe(1);
    expect(await count(actions, ['escalation.reopen', id])).toBe(1);
    await page.close();
  });

  it('on a phone (390 px) a long URL in a note wraps: the mention, the case and a public report stay 390 px wide', async () => {
    const ids = await seed('longurl', [{ handle: 'lu_one', score: 0.8 }]);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInAt(page, `/queue/${ids.lu_one}?q=longurl`, comms);
    await heading(page, 'lu_one').waitFor();
    await detail(page).getByLabel('Add a note').fill(`See ${LONG_URL}`);
    await detail(page).getByRole('button', { name: 'Add note' }).click();
    await detail(page).getByText(LONG_URL, { exact: false }).waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    // The post's text is still on the screen, not cut off at its right edge.
    const post = await detail(page).getByText('longurl: a post about the Open University').boundingBox();
    expect(post && post.x + post.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('qa-note-long-url-390'), fullPage: true });

    // On a desktop the note wraps inside the pane instead of being cut off at its edge.
    await page.setViewportSize({ width: 1280, height: 900 });
    const pane = await detail(page).boundingBox();
    const note = await detail(page).getByText(LONG_URL, { exact: false }).boundingBox();
    expect(pane && note && note.x + note.width).toBeLessThanOrEqual(pane!.x + pane!.width);
    await page.close();

    const caseId = await raiseCase();
    const casePage = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInAt(casePage, `/escalations/${caseId}`, officer);
    await casePage.getByRole('heading', { name: `Case #${caseId}` }).waitFor();
    await casePage.getByLabel('Add a note').fill(`See ${LONG_URL}`);
    await casePage.getByRole('button', { name: 'Add note' }).click();
    await casePage.getByText(LONG_URL, { exact: false }).first().waitFor();
    expect(await pageWidth(casePage)).toBeLessThanOrEqual(390);
    await casePage.screenshot({ path: screenshotPath('qa-case-note-long-url-390'), fullPage: true });
    await casePage.close();

    const res = await postReport(t.http, {
      altcha: await solvedAltcha(t.http),
      fields: { description: `They keep posting this about me: ${LONG_URL}`, link: LONG_URL },
    }).expect(201);
    const reference = (res.body as { reference: string }).reference;
    const [report] = (await t.db.query(`SELECT id::text FROM mentions WHERE platform = 'report' AND external_id = $1`, [
      reference,
    ])) as { id: string }[];
    const reportPage = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInAt(reportPage, `/queue/${report!.id}`, comms);
    await detail(reportPage)
      .getByRole('heading', { name: `Public report ${reference}` })
      .waitFor();
    expect(await pageWidth(reportPage)).toBeLessThanOrEqual(390);
    await reportPage.screenshot({ path: screenshotPath('qa-report-detail-390'), fullPage: true });
    await reportPage.close();
  });

  it('on a phone, Back from a mention opened from the list returns to the list, not the page before the queue', async () => {
    const ids = await seed('phoneback', [
      { handle: 'pb_one', score: 0.8 },
      { handle: 'pb_two', score: 0.7 },
    ]);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInAt(page, '/overview', comms);
    await page.waitForURL((url) => url.pathname === '/overview');
    await page.getByRole('navigation').getByRole('link', { name: 'Queue' }).waitFor();
    await page.goto(`${t.baseUrl}/queue?q=phoneback`);
    await expectHandles(page, ['pb_one', 'pb_two']);

    await row(page, 'pb_two').getByRole('button').first().click();
    await heading(page, 'pb_two').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/queue/${ids.pb_two}`);
    await page.goBack();
    await list(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/queue');
    expect(new URL(page.url()).searchParams.get('q')).toBe('phoneback');
    expect(await detail(page).isVisible()).toBe(false);

    // The page's own "Back to the list" is the same step back: Back after it leaves the queue.
    await row(page, 'pb_one').getByRole('button').first().click();
    await heading(page, 'pb_one').waitFor();
    await detail(page).getByRole('button', { name: '← Back to the list' }).click();
    await list(page).waitFor();
    expect(new URL(page.url()).pathname).toBe('/queue');
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/overview');
    await page.close();
  });

  it('Second look only lists what the model was unsure about, near any category, a possible risk named first', async () => {
    await newMention(t, {
      authorHandle: 'sl_near',
      text: 'secondlook: my lawyer friend says the OU would lose if anyone took them on',
      secondLook: ['litigation'],
    });
    await newMention(t, {
      authorHandle: 'sl_risk',
      text: 'secondlook: bought what I need today, the library was the last place I felt happy',
      riskScore: 0.05,
      secondLook: ['litigation', 'safeguarding'],
    });
    await newMention(t, {
      authorHandle: 'sl_flagged',
      text: 'secondlook: we are suing the Open University',
      categories: [{ category: 'litigation', score: 0.95 }],
    });
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await signInAt(page, '/queue?q=secondlook&secondLook=true', comms);
    // The flagged post is not in the view; the possible risk ranks above the post near a threshold.
    await expectHandles(page, ['sl_risk', 'sl_near']);
    await expect(row(page, 'sl_risk').textContent()).resolves.toContain(
      'Second look: possible safeguarding or litigation — the model is unsure',
    );
    await expect(row(page, 'sl_near').textContent()).resolves.toContain(
      'Second look: possible litigation — the model is unsure',
    );
    // Each band says where it starts, so the risk column's jump between them does not read as a broken sort.
    await row(page, 'sl_risk').getByText('Possible safeguarding risk or threat: the model is unsure').waitFor();
    await row(page, 'sl_near').getByText('Unsure of something milder').waitFor();
    expect(await pageWidth(page)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('queue-second-look-390') });
    // Unticked (the filters fold behind a button on a phone), every post with the word is back, the flagged one first.
    await page.getByRole('button', { name: /^Filters/ }).click();
    // A click, then the list: the box follows the URL, which the router updates a moment after the
    // click, so uncheck()'s immediate look at the box could see it still ticked.
    await page.getByRole('checkbox', { name: 'Second look only' }).click();
    await expectHandles(page, ['sl_flagged', 'sl_risk', 'sl_near']);
    expect(await page.getByText('Unsure of something milder').count()).toBe(0);
    await page.close();
  });
});
