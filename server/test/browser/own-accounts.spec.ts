import type { Browser, Page } from 'playwright-core';
import { IngestService } from '../../src/ingest/ingest.service';
import { PlatformActionsService } from '../../src/platform-actions/platform-actions.service';
import { type FakeGraphServer, startFakeGraph } from '../../tools/fakes/graph/fake-graph.server';
import { createUser, signInAs, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';
import { waitFor } from '../support/server-process';

const SHOTS = process.env.OWN_SHOTS_DIR ?? '/tmp/shots-own';

/**
 * The OU's own Facebook Page in Chromium (issue 16): a comment ingested from the fake Graph API is
 * hidden "here and on Facebook" from the Hide dialog, and answered with a reply that is previewed,
 * confirmed and arrives at the fake; unhiding reverses it on Facebook; a block that Facebook fails
 * is shown as not done yet, retried, and then recorded at the fake.
 */
describeInBrowser("the OU's own accounts in Chromium", () => {
  let fake: FakeGraphServer;
  let t: TestApp;
  let browser: Browser;
  let comms: TestUser;
  let commentId: string;

  beforeAll(async () => {
    fake = await startFakeGraph();
    t = await newTestApp({
      listen: true,
      env: {
        DEMO: 'off',
        FACEBOOK_GRAPH_URL: fake.graphUrl,
        FACEBOOK_PAGE_ID: fake.pageId,
        FACEBOOK_PAGE_TOKEN: fake.token,
      },
    });
    browser = await launchChromium();
    comms = await createUser(t, 'comms');
    const admin = await signInAs(t, 'admin');
    const source = (
      await admin.agent.post('/api/sources').send({ kind: 'facebook', name: 'OU Facebook Page' }).expect(201)
    ).body.id as string;
    const post = fake.addFacebookPost(
      'Results for the October modules are out today. Congratulations to everyone!',
      new Date(Date.now() - 3_600_000),
    );
    commentId = fake.addFacebookComment(post, {
      message: 'Still no result for TM254 and the helpline just hangs up on me. Useless.',
      fromId: '777001',
      fromName: 'Jo Student',
    });
    await t.app.get(IngestService).runSource(source, { force: true });
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
    await fake?.close();
  });

  async function openQueue(page: Page) {
    await page.goto(`${t.baseUrl}/queue?ownAccount=true`);
    await page.getByLabel('Email').fill(comms.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('list', { name: 'Mentions' }).waitFor();
  }
  const detail = (page: Page) => page.getByRole('complementary', { name: 'Mention detail' });

  it.each([
    [1280, 900],
    [390, 844],
  ])('at %i px: hide here and on Facebook, then reply with a preview and a confirmation', async (width, height) => {
    // Each width starts from a comment that is visible here and on Facebook.
    const [before] = (await t.db.query(`SELECT id::text AS id, hidden, version FROM mentions WHERE external_id = $1`, [
      commentId,
    ])) as { id: string; hidden: boolean; version: number }[];
    if (before!.hidden) {
      const { agent } = await signInAs(t, 'comms');
      await agent.post(`/api/mentions/${before!.id}/unhide`).send({ version: before!.version }).expect(200);
      expect(fake.isHidden(commentId)).toBe(false);
    }
    const page = await browser.newPage({ viewport: { width, height } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await openQueue(page);
    const row = page.getByRole('list', { name: 'Mentions' }).getByRole('listitem').filter({ hasText: 'Jo Student' });
    await row.getByText('On our account').waitFor();
    await row.getByRole('button', { name: /Jo Student/ }).click();
    const pane = detail(page);
    await pane.getByRole('heading', { name: 'On our Facebook account' }).waitFor();
    await pane.getByLabel('Our post').getByText('Results for the October modules are out today').waitFor();

    const id = before!.id;
    await pane.getByText('Visible on Facebook.').waitFor();

    await pane.getByRole('button', { name: 'Hide', exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('Reason').fill('Abusive language about staff');
    // Never automatic: "Hide here" is the choice until someone picks the platform too.
    expect(await dialog.getByLabel('Hide here', { exact: true }).isChecked()).toBe(true);
    await dialog.getByLabel('Hide here and on Facebook').check();
    await page.screenshot({ path: `${SHOTS}/hide-dialog-${width}.png`, fullPage: true });
    await dialog.getByRole('button', { name: 'Hide here and on Facebook' }).click();
    // After Hide the queue moves on (to the next row, or back to the list on a phone), so the
    // outcome is read where it lands: the fake and our row; the pane shows it at the comment's URL below.
    await dialog.waitFor({ state: 'detached' });
    await waitFor(
      async () => (fake.isHidden(commentId) ? true : undefined),
      15_000,
      'the fake Graph API to report the comment hidden',
    );
    const [after] = await t.db.query(`SELECT hidden, platform_hidden FROM mentions WHERE id = $1`, [id]);
    expect(after).toEqual({ hidden: true, platform_hidden: true });

    // Issue 19: after Hide the selection moves on to the next row; the hidden comment keeps its own URL.
    await page.goto(`${t.baseUrl}/queue/${id}?ownAccount=true&status=hidden`);
    await pane.getByText('Hidden on Facebook.').waitFor();
    const message = `Hello Jo, we are sorry. Please message us your details and we will chase TM254 (${width}).`;
    await pane.getByLabel('Your reply').fill(message);
    await pane.getByRole('button', { name: 'Preview reply' }).click();
    await pane.getByLabel('Reply preview').getByText(message).waitFor();
    expect(fake.replies.some((r) => r.message === message)).toBe(false);
    await page.screenshot({ path: `${SHOTS}/reply-preview-${width}.png`, fullPage: true });
    await pane.getByRole('button', { name: 'Post reply on Facebook' }).click();
    await pane
      .getByRole('listitem')
      .filter({ hasText: message })
      .getByRole('link', { name: /View the reply/ })
      .waitFor();
    expect(fake.replies.filter((r) => r.message === message)).toEqual([
      { to: commentId, id: expect.any(String), message },
    ]);
    await page.screenshot({ path: `${SHOTS}/own-account-detail-${width}.png`, fullPage: true });
    expect(problems).toEqual([]);
    await page.close();
  });

  it.each([
    [1280, 900],
    [390, 844],
  ])(
    'at %i px: unhide reverses it on Facebook; a failed block is shown, retried and recorded',
    async (width, height) => {
      const { agent } = await signInAs(t, 'comms');
      const [state] = (await t.db.query(
        `SELECT id::text AS id, hidden, platform_hidden, version FROM mentions WHERE external_id = $1`,
        [commentId],
      )) as { id: string; hidden: boolean; platform_hidden: boolean; version: number }[];
      const id = state!.id;
      // Each width starts hidden here and on Facebook, with Jo not blocked.
      if (fake.blocked.has('777001')) await agent.post(`/api/mentions/${id}/unblock-author`).expect(200);
      if (!state!.platform_hidden) {
        const version = state!.hidden
          ? (await agent.post(`/api/mentions/${id}/unhide`).send({ version: state!.version }).expect(200)).body.version
          : state!.version;
        await agent.post(`/api/mentions/${id}/hide`).send({ reason: 'Abusive', version, onPlatform: true }).expect(200);
      }
      expect(fake.isHidden(commentId)).toBe(true);

      const page = await browser.newPage({ viewport: { width, height }, bypassCSP: true });
      const problems: string[] = [];
      page.on('pageerror', (e) => problems.push(e.message));
      await page.goto(`${t.baseUrl}/queue/${id}?ownAccount=true&status=hidden`);
      await page.getByLabel('Email').fill(comms.email);
      await page.getByLabel('Password').fill(TEST_PASSWORD);
      await page.getByRole('button', { name: 'Sign in' }).click();
      const pane = detail(page);
      await pane.getByText('Hidden on Facebook.').waitFor({ timeout: 60_000 });
      // The platform is called before the answer comes back (and retried later if it fails).
      await Promise.all([
        page.waitForResponse((r) => r.url().endsWith(`/api/mentions/${id}/unhide`) && r.status() === 200),
        pane.getByRole('button', { name: 'Unhide here and on Facebook', exact: true }).click(),
      ]);
      expect(fake.isHidden(commentId)).toBe(false);
      await page.goto(`${t.baseUrl}/queue/${id}?ownAccount=true`);
      await pane.getByText('Visible on Facebook.').waitFor();
      await pane
        .getByRole('listitem')
        .filter({ hasText: /^Unhide: done/ })
        .first()
        .waitFor();

      // Facebook fails the block: shown as not done yet, with its error and the coming retry.
      fake.set({ failWrites: 1 });
      await pane.getByRole('button', { name: 'Block Jo Student on Facebook…' }).click();
      await pane.getByLabel('Why block Jo Student?').fill(`Abuse of staff (${width})`);
      await pane.getByRole('button', { name: 'Block on Facebook' }).click();
      const failedBlock = pane.getByRole('list', { name: 'Actions on Facebook' }).getByRole('listitem');
      await failedBlock.filter({ hasText: /^Block the author: not done yet: .*HTTP 500.*Trying again/ }).waitFor();
      expect(fake.blocked.has('777001')).toBe(false);
      await page.screenshot({ path: screenshotPath(`own-account-block-retry-${width}`), fullPage: true });

      // The retry comes due (the outbox job runs it on a timer; here, at once) and Facebook records the block.
      await t.db.query(`UPDATE platform_actions SET next_attempt_at = now() WHERE status = 'pending'`);
      expect(await t.app.get(PlatformActionsService).runDue()).toBe(1);
      expect(fake.blocked.has('777001')).toBe(true);
      await page.reload();
      await pane.getByText('Jo Student is blocked on Facebook.').waitFor();
      await pane
        .getByRole('listitem')
        .filter({ hasText: /^Block the author: done/ })
        .last()
        .waitFor();
      const audit = (await t.db.query(
        `SELECT details->>'outcome' AS outcome FROM audit_log WHERE action = 'platform.block' AND target_id = $1`,
        [id],
      )) as { outcome: string }[];
      expect(audit.at(-1)).toEqual({ outcome: 'done' });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
      await page.screenshot({ path: screenshotPath(`own-account-blocked-${width}`), fullPage: true });
      await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
      const serious = await page.evaluate(async () => {
        const axe = (
          globalThis as unknown as { axe: { run: () => Promise<{ violations: { impact: string; id: string }[] }> } }
        ).axe;
        return (await axe.run()).violations
          .filter((v) => v.impact === 'serious' || v.impact === 'critical')
          .map((v) => v.id);
      });
      expect(serious).toEqual([]);
      expect(problems).toEqual([]);
      await page.close();
    },
  );
});
