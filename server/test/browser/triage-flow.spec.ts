import type { Browser, Page } from 'playwright-core';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath, seriousAccessibilityProblems } from '../support/browser';
import { newMention } from '../support/mentions-factory';
import { newTestApp, type TestApp } from '../support/test-app';

const CONTACTS =
  'Safeguarding Referrals Team|01908 654321|safeguarding@open.ac.uk;Security Control Room|01908 653333|security@open.ac.uk';

/** Issue 19 (keyboard, safeguarding, triage, counts, notifications) and issue 20 (the queue on a phone). */
describeInBrowser('triage a team can live in, in Chromium', () => {
  let t: TestApp;
  let browser: Browser;
  let chris: TestUser;
  let dana: TestUser;
  let admin: TestUser;

  beforeAll(async () => {
    t = await newTestApp({ listen: true, env: { SAFEGUARDING_CONTACTS: CONTACTS } });
    browser = await launchChromium();
    chris = await createUser(t, 'comms', { displayName: 'Chris Comms' });
    dana = await createUser(t, 'comms', { displayName: 'Dana Colleague' });
    admin = await createUser(t, 'admin', { displayName: 'Ada Admin' });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** Mentions with a shared search word, highest risk first; returns their ids by handle. */
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

  async function signInAt(page: Page, path: string, user: TestUser) {
    await page.goto(`${t.baseUrl}${path}`);
    await page.getByLabel('Email').fill(user.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
  }

  const list = (page: Page) => page.getByRole('list', { name: 'Mentions' });
  const rows = (page: Page) => list(page).getByRole('listitem');
  const row = (page: Page, handle: string) => rows(page).filter({ hasText: `@${handle}` });
  const detail = (page: Page) => page.getByRole('complementary', { name: 'Mention detail' });
  const dialog = (page: Page) => page.getByRole('dialog');
  const heading = (page: Page, handle: string) => detail(page).getByRole('heading', { name: new RegExp(`@${handle}`) });
  const dbRow = async (id: string) =>
    (
      (await t.db.query(`SELECT status, hidden, assignee_id FROM mentions WHERE id = $1`, [id])) as {
        status: string;
        hidden: boolean;
        assignee_id: string | null;
      }[]
    )[0];

  async function handlesShown(page: Page) {
    return (await rows(page).locator('.mention-row__author').allTextContents()).map((h) => h.replace(/^@/, ''));
  }
  async function expectHandles(page: Page, expected: string[]) {
    let shown: string[] = [];
    for (const deadline = Date.now() + 10_000; Date.now() < deadline; await page.waitForTimeout(100)) {
      shown = await handlesShown(page);
      if (JSON.stringify(shown) === JSON.stringify(expected)) return;
    }
    expect(shown).toEqual(expected);
  }

  it('keyboard: after hiding the 3rd row with h the selection is on the next row; Undo brings it back; Escape keeps the search; 2 and Enter mark', async () => {
    const ids = await seed('kbflow', [
      { handle: 'kf_pinned', score: 0.9, safeguarding: true },
      { handle: 'kf_two', score: 0.8 },
      { handle: 'kf_three', score: 0.7 },
      { handle: 'kf_four', score: 0.6 },
      { handle: 'kf_five', score: 0.5 },
    ]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAt(page, '/queue', chris);
    await list(page).waitFor();

    // "/" to search; Escape leaves the box and keeps its text.
    await page.keyboard.press('/');
    await page.keyboard.type('kbflow');
    await page.waitForURL((url) => url.searchParams.get('q') === 'kbflow');
    await expectHandles(page, ['kf_pinned', 'kf_two', 'kf_three', 'kf_four', 'kf_five']);
    await page.keyboard.press('Escape');
    const search = page.getByRole('searchbox', { name: 'Search mentions' });
    expect(await search.inputValue()).toBe('kbflow');
    expect(await search.evaluate((el) => el === document.activeElement)).toBe(false);
    expect(new URL(page.url()).searchParams.get('q')).toBe('kbflow');

    // j three times: the 3rd row; h, a reason, Enter.
    for (const handle of ['kf_pinned', 'kf_two', 'kf_three']) {
      await page.keyboard.press('j');
      await heading(page, handle).waitFor();
    }
    expect(new URL(page.url()).pathname).toBe(`/queue/${ids.kf_three}`);
    await page.keyboard.press('h');
    await page.keyboard.type('Spam');
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    await expectHandles(page, ['kf_pinned', 'kf_two', 'kf_four', 'kf_five']);
    // On the next row, not the top (the pinned safeguarding mention).
    await heading(page, 'kf_four').waitFor();
    expect(new URL(page.url()).pathname).toBe(`/queue/${ids.kf_four}`);
    expect(new URL(page.url()).searchParams.get('q')).toBe('kbflow');
    expect(await rows(page).nth(2).getAttribute('aria-current')).toBe('true');
    expect((await dbRow(ids.kf_three!))?.status).toBe('hidden');

    // The undo toast reverses it through the API.
    const toast = page.getByRole('status').filter({ hasText: 'Hidden.' });
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expectHandles(page, ['kf_pinned', 'kf_two', 'kf_three', 'kf_four', 'kf_five']);
    await heading(page, 'kf_three').waitFor();
    // Back as it was before the hide: new.
    expect(await dbRow(ids.kf_three!)).toMatchObject({ hidden: false, status: 'new' });

    // m, 2 (False positive), Enter: three keys. It leaves the open queue; the next row is selected.
    await page.keyboard.press('m');
    await dialog(page).getByRole('radio', { name: 'False positive' }).waitFor();
    await page.keyboard.press('2');
    expect(await dialog(page).getByRole('radio', { name: 'False positive' }).isChecked()).toBe(true);
    await page.keyboard.press('Enter');
    await dialog(page).waitFor({ state: 'detached' });
    await expectHandles(page, ['kf_pinned', 'kf_two', 'kf_four', 'kf_five']);
    await heading(page, 'kf_four').waitFor();
    expect((await dbRow(ids.kf_three!))?.status).toBe('dismissed');
    await page
      .getByRole('status')
      .filter({ hasText: 'Marked “False positive”.' })
      .getByRole('button', { name: 'Undo' })
      .click();
    await expectHandles(page, ['kf_pinned', 'kf_two', 'kf_three', 'kf_four', 'kf_five']);
    // Back to what the mark found: new, as the undone hide had left it.
    expect((await dbRow(ids.kf_three!))?.status).toBe('new');
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mention_marks WHERE mention_id = $1`, [
      ids.kf_three,
    ]);
    expect(n).toBe(0);
    await page.screenshot({ path: screenshotPath('queue-keyboard-1280') });
    await page.close();
    await t.db.query(`UPDATE mentions SET status = 'hidden', hidden = true WHERE id = ANY($1::bigint[])`, [
      Object.values(ids),
    ]);
  });

  it('safeguarding: the panel shows 999 and the configured contacts; hiding asks for confirmation; after escalating it says who was told and links the case', async () => {
    const ids = await seed('sgflow', [
      { handle: 'sg_student', score: 0.95, safeguarding: true },
      { handle: 'sg_other', score: 0.4 },
    ]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, bypassCSP: true });
    await signInAt(page, `/queue/${ids.sg_student}?q=sgflow`, chris);
    await heading(page, 'sg_student').waitFor();

    const panel = detail(page).getByRole('region', { name: 'What to do now' });
    await panel.getByText('Safeguarding Referrals Team', { exact: true }).waitFor();
    const text = await panel.textContent();
    expect(text).toContain('If anyone is in immediate danger, call 999 (112 from outside the UK)');
    // No mail server in this test: the steps must not promise an alert, and say to phone the team.
    await panel.getByText(/phone the Safeguarding Referrals Team yourself/).waitFor();
    expect(text).toContain('01908 654321');
    expect(text).toContain('security@open.ac.uk');
    expect(text).toContain('What to record');
    expect(await panel.getByRole('link', { name: '01908 654321' }).getAttribute('href')).toBe('tel:01908654321');
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('queue-safeguarding-1280'), fullPage: true });

    // Hiding a pinned safeguarding mention asks for a reason and a confirmation.
    await page.keyboard.press('h');
    const hide = dialog(page);
    await hide.getByText('This mention is pinned for safeguarding.').waitFor();
    await hide.getByRole('textbox', { name: 'Reason' }).fill('Looks like a joke');
    expect(await hide.getByRole('button', { name: 'Hide mention' }).isDisabled()).toBe(true);
    await page.keyboard.press('Enter');
    expect(await hide.isVisible()).toBe(true);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('queue-safeguarding-hide-confirm') });
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'detached' });
    expect((await dbRow(ids.sg_student!))?.status).toBe('new');

    // Escalate instead; then the mention says who was told, links its case and cannot be escalated again.
    await detail(page).getByRole('button', { name: 'Escalate' }).click();
    await dialog(page).getByRole('textbox', { name: 'Reason' }).fill('Risk to life');
    await dialog(page).getByRole('button', { name: 'Escalate mention' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    const [{ id: caseId }] = await t.db.query(`SELECT id::text FROM escalations WHERE mention_id = $1`, [
      ids.sg_student,
    ]);
    await page.goto(`${t.baseUrl}/queue/${ids.sg_student}?status=escalated`);
    await heading(page, 'sg_student').waitFor();
    expect(await detail(page).getByRole('button', { name: 'Escalate' }).isDisabled()).toBe(true);
    const caseLink = detail(page).getByRole('link', { name: `Escalated: open case #${caseId}` });
    expect(await caseLink.getAttribute('href')).toBe(`/escalations/${caseId}`);
    const told = await detail(page).getByRole('region', { name: 'What to do now' }).textContent();
    expect(told).toContain('Who was told');
    expect(told).toMatch(/The discipline officers, \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    expect(told).toContain('The Safeguarding Referrals Team');
    expect(await detail(page).getByRole('region', { name: 'History' }).textContent()).toContain(
      'Chris Comms escalated this as urgent severity — reason: Risk to life',
    );
    await page.screenshot({ path: screenshotPath('queue-escalated-1280'), fullPage: true });
    await caseLink.click();
    await page.waitForURL(`${t.baseUrl}/escalations/${caseId}`);
    await page.close();
    await t.db.query(`UPDATE mentions SET status = 'hidden', hidden = true WHERE id = $1`, [ids.sg_other]);
  });

  it("a mention's URL opens it for a colleague, and assigning to a colleague shows their name", async () => {
    const ids = await seed('shareflow', [
      { handle: 'sh_first', score: 0.8 },
      { handle: 'sh_shared', score: 0.7 },
    ]);
    const mine = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await mine.newPage();
    await signInAt(page, '/queue?q=shareflow', chris);
    await row(page, 'sh_shared').getByRole('button').first().click();
    await heading(page, 'sh_shared').waitFor();
    const link = page.url();
    expect(new URL(link).pathname).toBe(`/queue/${ids.sh_shared}`);

    // Assign to Dana through the picker.
    await detail(page).getByRole('combobox', { name: 'Assign to' }).selectOption({ label: 'Dana Colleague' });
    await detail(page).getByRole('button', { name: 'Assign', exact: true }).click();
    await detail(page).getByText('Assigned to Dana Colleague').waitFor();
    await page.getByRole('status').filter({ hasText: 'Assigned to Dana Colleague.' }).waitFor();
    await detail(page).getByText('Chris Comms assigned this to Dana Colleague').waitFor();
    expect((await dbRow(ids.sh_shared!))?.assignee_id).toBe(dana.id);

    // Dana, in her own browser, opens the link.
    const theirs = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const colleague = await theirs.newPage();
    await signInAt(colleague, new URL(link).pathname + new URL(link).search, dana);
    await heading(colleague, 'sh_shared').waitFor();
    await detail(colleague).getByText('Assigned to you').waitFor();
    expect(await colleague.getByRole('searchbox', { name: 'Search mentions' }).inputValue()).toBe('shareflow');
    expect(await row(colleague, 'sh_shared').getAttribute('aria-current')).toBe('true');
    await mine.close();
    await theirs.close();
    await t.db.query(`UPDATE mentions SET status = 'hidden', hidden = true WHERE id = ANY($1::bigint[])`, [
      Object.values(ids),
    ]);
  });

  it('counts match the list under a filter, and an empty list says why and clears the filters', async () => {
    await seed('countflow', [
      { handle: 'cf_a', score: 0.8 },
      { handle: 'cf_b', score: 0.6 },
      { handle: 'cf_c', score: 0.9, safeguarding: true },
    ]);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAt(page, '/queue?q=countflow&category=disrepute', chris);
    await expectHandles(page, ['cf_a', 'cf_b']);
    await page
      .getByRole('status')
      .filter({ hasText: /^2 in this view\./ })
      .waitFor();
    await page.goto(`${t.baseUrl}/queue?q=countflow&category=litigation`);
    await page.getByText('No matches: no mention fits these filters.').waitFor();
    await page
      .getByRole('status')
      .filter({ hasText: /^0 in this view\./ })
      .waitFor();
    await page.getByRole('region', { name: 'Queue results' }).getByRole('button', { name: 'Clear filters' }).click();
    await page.waitForURL(`${t.baseUrl}/queue`);
    await page.close();
  });

  it('the notifications panel lists an escalation once, in en-GB, and closes on Escape and on navigation', async () => {
    const ids = await seed('bellflow', [{ handle: 'bf_student', score: 0.93, safeguarding: true }]);
    const comms = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAt(comms, `/queue/${ids.bf_student}`, chris);
    await heading(comms, 'bf_student').waitFor();
    await comms.keyboard.press('e');
    await dialog(comms).getByRole('textbox', { name: 'Reason' }).fill('Needs the team');
    await comms.keyboard.press('Enter');
    await dialog(comms).waitFor({ state: 'detached' });
    await comms.close();
    const [{ id: caseId }] = await t.db.query(`SELECT id::text FROM escalations WHERE mention_id = $1`, [
      ids.bf_student,
    ]);

    // An admin hears as both the officers and the safeguarding team: still one entry.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await signInAt(page, '/queue', admin);
    await list(page).waitFor();
    const bell = page.getByRole('button', { name: /^Notifications:/ });
    await bell.click();
    const panel = page.getByRole('region', { name: 'Notifications' });
    await panel.waitFor();
    expect(await panel.getByRole('link', { name: new RegExp(`Escalation #${caseId} `) }).count()).toBe(1);
    expect(await panel.locator('time').first().textContent()).toMatch(/^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}$/);
    await page.keyboard.press('Escape');
    await panel.waitFor({ state: 'detached' });
    expect(await bell.evaluate((el) => el === document.activeElement)).toBe(true);
    // Following a notice closes the panel; so does going anywhere else.
    await bell.click();
    await panel.getByRole('link', { name: new RegExp(`Escalation #${caseId} `) }).click();
    await page.waitForURL(`${t.baseUrl}/escalations/${caseId}`);
    await panel.waitFor({ state: 'detached' });
    await bell.click();
    await panel.waitFor();
    await page.getByRole('navigation').getByRole('link', { name: 'Queue' }).click();
    await page.waitForURL(`${t.baseUrl}/queue`);
    await panel.waitFor({ state: 'detached' });
    await page.close();
  });

  it('on a phone (390 × 844): filters behind one button; a mention opens as its own view, is hidden, and Back returns to the list without scrolling', async () => {
    const ids = await seed('phoneflow', [
      { handle: 'ph_one', score: 0.8 },
      { handle: 'ph_two', score: 0.7 },
      { handle: 'ph_three', score: 0.6 },
    ]);
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, bypassCSP: true });
    await signInAt(page, '/queue?q=phoneflow', chris);
    await expectHandles(page, ['ph_one', 'ph_two', 'ph_three']);
    const filtersButton = page.getByRole('button', { name: /^Filters/ });
    expect(await filtersButton.getAttribute('aria-expanded')).toBe('false');
    expect(await page.getByRole('combobox', { name: 'Status' }).isVisible()).toBe(false);
    expect(await detail(page).isVisible()).toBe(false);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('queue-phone-390') });
    await filtersButton.click();
    await page.getByRole('combobox', { name: 'Status' }).waitFor();
    await page.screenshot({ path: screenshotPath('queue-phone-filters-390') });
    await filtersButton.click();

    // Open ph_two: its own view, the list gone, its actions on the first screen.
    await row(page, 'ph_two').getByRole('button').first().click();
    await heading(page, 'ph_two').waitFor();
    expect(await list(page).isVisible()).toBe(false);
    const hideButton = detail(page).getByRole('button', { name: 'Hide', exact: true });
    const box = await hideButton.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    expect(await seriousAccessibilityProblems(page)).toEqual([]);
    await page.screenshot({ path: screenshotPath('queue-phone-mention-390') });
    await hideButton.click();
    await dialog(page).getByRole('textbox', { name: 'Reason' }).fill('Spam');
    await dialog(page).getByRole('button', { name: 'Hide mention' }).click();
    await dialog(page).waitFor({ state: 'detached' });
    expect((await dbRow(ids.ph_two!))?.status).toBe('hidden');

    await detail(page).getByRole('button', { name: '← Back to the list' }).click();
    await list(page).waitFor();
    await expectHandles(page, ['ph_one', 'ph_three']);
    expect(new URL(page.url()).pathname).toBe('/queue');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.screenshot({ path: screenshotPath('queue-phone-after-hide-390') });
    await page.close();
  });
});
