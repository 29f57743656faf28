import type { Browser, Page } from 'playwright-core';
import { IngestService } from '../../src/ingest/ingest.service';
import { type FakeGraphServer, startFakeGraph } from '../../tools/fakes/graph/fake-graph.server';
import { createUser, signInAs, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium } from '../support/browser';
import { newTestApp, type TestApp } from '../support/test-app';

const SHOTS = process.env.OWN_SHOTS_DIR ?? '/tmp/shots-own';

/**
 * The OU's own Facebook Page in Chromium (issue 16): a comment ingested from the fake Graph API is
 * hidden "here and on Facebook" from the Hide dialog, and answered with a reply that is previewed,
 * confirmed and arrives at the fake.
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
    await pane.getByText('Hidden on Facebook.').waitFor();
    expect(fake.isHidden(commentId)).toBe(true);
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
});
