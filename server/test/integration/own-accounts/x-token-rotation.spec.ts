import type { NestExpressApplication } from '@nestjs/platform-express';
import { loadConfig } from '../../../src/config/app-config';
import { createApp } from '../../../src/create-app';
import { XRepliesConnector } from '../../../src/sources/x/x-replies.connector';
import { findWebDist } from '../../../src/web/serve-dashboard';
import { FAKE_X_OWN, type FakeXServer, startFakeX } from '../../../tools/fakes/x/fake-x.server';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * X rotates the refresh token at every refresh and the old one stops working. The new pair is
 * kept, sealed, in platform_tokens, so a restarted server carries on with it instead of the spent
 * one in its environment; a new refresh token set in the environment wins over what is stored.
 */
describe('the rotated X user token survives a restart', () => {
  let x: FakeXServer;
  let t: TestApp;
  let reply: string;
  const xEnv = () => ({
    DEMO: 'off',
    X_API_BASE_URL: x.url,
    X_OWN_USER_ID: FAKE_X_OWN.userId,
    X_USER_ACCESS_TOKEN: FAKE_X_OWN.accessToken,
    X_USER_REFRESH_TOKEN: FAKE_X_OWN.refreshToken,
    X_OAUTH_CLIENT_ID: FAKE_X_OWN.clientId,
  });
  /** A second server process on the same database, configured as the first. */
  const restart = async (env: Record<string, string> = {}): Promise<NestExpressApplication> => {
    const config = loadConfig({ ...t.env, ADMIN_BOOTSTRAP: 'off', ...xEnv(), ...env }, { webDistDir: findWebDist() });
    const app = await createApp(config, t.databaseUrl, { logger: false });
    await app.init();
    return app;
  };

  beforeAll(async () => {
    x = await startFakeX();
    t = await newTestApp({ env: xEnv() });
    const ours = x.addOwnPost('Exam results are out');
    reply = x.addReply({ conversationId: ours, authorId: '3001', username: 'k101', text: 'Rubbish' });
  }, 400_000);
  afterAll(async () => {
    await t.close();
    await x.close();
  });

  it('stores the rotated pair sealed: neither token is readable in the row', async () => {
    x.expireUserToken();
    expect(await t.app.get(XRepliesConnector).setHidden(reply, true)).toMatchObject({ status: 'ok' });
    expect(x.refreshes).toBe(1);
    const rows = (await t.db.query(`SELECT platform, account_id, sealed FROM platform_tokens`)) as {
      platform: string;
      account_id: string;
      sealed: string;
    }[];
    expect(rows).toEqual([{ platform: 'x', account_id: FAKE_X_OWN.userId, sealed: expect.stringMatching(/^v1:/) }]);
    expect(rows[0]!.sealed).not.toContain('fake-user-token-1');
    expect(rows[0]!.sealed).not.toContain('fake-refresh-1');
  });

  it('a restarted server acts with the stored token, not the spent one in its environment', async () => {
    const again = await restart();
    try {
      expect(await again.get(XRepliesConnector).setHidden(reply, false)).toMatchObject({ status: 'ok' });
      expect(x.isHidden(reply)).toBe(false);
      expect(x.refreshes).toBe(1);

      // When that token expires too, the stored (rotated) refresh token renews it; the spent one would be refused.
      x.expireUserToken();
      expect(await again.get(XRepliesConnector).setHidden(reply, true)).toMatchObject({ status: 'ok' });
      expect(x.refreshes).toBe(2);
    } finally {
      await again.close();
    }
  });

  it('the first server, whose token another process rotated, takes up the stored pair instead of refreshing', async () => {
    // Its access token expired and its refresh token was rotated away by the restarted server.
    expect(await t.app.get(XRepliesConnector).setHidden(reply, false)).toMatchObject({ status: 'ok' });
    expect(x.isHidden(reply)).toBe(false);
    expect(x.refreshes).toBe(2);
  });

  it('a new refresh token set in the environment wins over the stored one', async () => {
    const again = await restart({ X_USER_ACCESS_TOKEN: 'operator-new-access', X_USER_REFRESH_TOKEN: 'operator-new' });
    try {
      // The fake knows neither, and the stored pair (still good) would have worked: it was not used.
      const answer = await again.get(XRepliesConnector).setHidden(reply, true);
      expect(answer).toMatchObject({ status: 'failed', message: expect.stringMatching(/HTTP 403/) });
      expect(x.refreshes).toBe(2);
    } finally {
      await again.close();
    }
  });
});
