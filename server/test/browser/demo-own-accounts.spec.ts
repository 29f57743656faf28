import type { Browser } from 'playwright-core';
import { IngestService } from '../../src/ingest/ingest.service';
import { createUser, TEST_PASSWORD, type TestUser } from '../support/auth';
import { describeInBrowser, launchChromium, screenshotPath } from '../support/browser';
import { ran } from '../support/ingest-runs';
import { newTestApp, type TestApp } from '../support/test-app';

/**
 * A first start's demo data in Chromium: comms open a comment the demo source left on our own
 * Facebook Page, see that acting on it is demo, reply, and see the reply recorded as done.
 */
describeInBrowser("the demo's comments on our own pages in Chromium", () => {
  let t: TestApp;
  let browser: Browser;
  let comms: TestUser;

  beforeAll(async () => {
    t = await newTestApp({ listen: true, env: { DEMO: 'on' } });
    browser = await launchChromium();
    comms = await createUser(t, 'comms');
    const [demo] = (await t.db.query(`SELECT id::text AS id FROM sources WHERE kind = 'demo'`)) as { id: string }[];
    ran(await t.app.get(IngestService).runSource(demo!.id, { force: true, maxPages: 2 }));
  }, 400_000);
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('comms open a demo comment on our Facebook Page, reply, and see the reply recorded', async () => {
    const [comment] = (await t.db.query(
      `SELECT id::text AS id, text FROM mentions
        WHERE is_demo AND on_own_account AND platform = 'facebook' AND length(text) < 170 ORDER BY id LIMIT 1`,
    )) as { id: string; text: string }[];
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto(`${t.baseUrl}/queue?ownAccount=true`);
    await page.getByLabel('Email').fill(comms.email);
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();

    const row = page
      .getByRole('list', { name: 'Mentions' })
      .getByRole('listitem')
      .filter({ hasText: comment!.text.slice(0, 40) });
    await row.getByText('On our account').waitFor();
    expect(await row.getByText('Demo', { exact: true }).count()).toBe(1);
    await row.getByRole('button').first().click();
    const pane = page.getByRole('complementary', { name: 'Mention detail' });
    await pane.getByRole('heading', { name: 'On our Facebook (demo) account' }).waitFor();
    expect((await pane.getByLabel('Our post').textContent())!.length).toBeGreaterThan(20);
    await pane.getByText('Visible on Facebook (demo).').waitFor();

    const message = 'Thanks for getting in touch. Please message us your PI number and we will look into it.';
    await pane.getByLabel('Your reply').fill(message);
    await pane.getByText(`${message.length} of 2,000 characters`).waitFor();
    await pane.getByRole('button', { name: 'Preview reply' }).click();
    await pane.getByLabel('Reply preview').getByText(message).waitFor();
    // A demo comment's preview does not promise a public post.
    await pane.getByText('Nothing is sent to any platform.', { exact: false }).waitFor();
    expect(await pane.getByText('This will be posted publicly', { exact: false }).count()).toBe(0);
    await pane.getByRole('button', { name: 'Post reply on Facebook (demo)' }).click();

    const recorded = pane
      .getByRole('list', { name: 'Actions on Facebook (demo)' })
      .getByRole('listitem')
      .filter({ hasText: message });
    await recorded.filter({ hasText: /: done/ }).waitFor();
    // Who asked, by name as the history says it, not by e-mail address.
    expect(await recorded.textContent()).toContain('by Test comms');
    // Its history says no platform was contacted.
    await pane.getByText('reply recorded as if sent (demo: no platform was contacted)', { exact: false }).waitFor();
    await page.screenshot({ path: screenshotPath('demo-own-account-reply-1280'), fullPage: true });
    const actions = await t.db.query(`SELECT kind, status, payload->>'text' AS text FROM platform_actions`);
    expect(actions).toEqual([{ kind: 'reply', status: 'done', text: message }]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
