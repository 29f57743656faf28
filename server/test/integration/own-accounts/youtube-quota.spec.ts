import { IngestService } from '../../../src/ingest/ingest.service';
import { PlatformActionsService } from '../../../src/platform-actions/platform-actions.service';
import { nextPacificMidnight, pacificDay } from '../../../src/sources/youtube/youtube-quota-day';
import {
  FAKE_CHANNEL,
  type FakeYoutubeServer,
  startFakeYoutube,
} from '../../../tools/fakes/youtube/fake-youtube.server';
import { type SignedIn, signInAs } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * The OU channel's moderation spends the same daily YouTube quota as the keyword source
 * (platform_quota_usage): list calls 1 unit, setModerationStatus and comments.insert 50. When the
 * day cannot take another action, hide, reply and block are refused with the reason, and an action
 * already queued waits for the quota to reset instead of calling YouTube.
 */
describe("the OU's YouTube channel spends the daily quota", () => {
  let youtube: FakeYoutubeServer;
  let t: TestApp;
  let comms: SignedIn;
  let rude: string;
  let second: string;

  const used = async (): Promise<number> => {
    const [row] = (await t.db.query(
      `SELECT used FROM platform_quota_usage WHERE platform = 'youtube' AND day = $1::date`,
      [pacificDay(new Date())],
    )) as { used: number }[];
    return row?.used ?? 0;
  };
  const setUsed = (units: number) =>
    t.db.query(`UPDATE platform_quota_usage SET used = $2 WHERE platform = 'youtube' AND day = $1::date`, [
      pacificDay(new Date()),
      units,
    ]);
  const mentionOf = async (externalId: string) => {
    const [row] = (await t.db.query(`SELECT id::text AS id, version FROM mentions WHERE external_id = $1`, [
      externalId,
    ])) as { id: string; version: number }[];
    return row!;
  };

  beforeAll(async () => {
    youtube = await startFakeYoutube();
    t = await newTestApp({
      env: {
        DEMO: 'off',
        YOUTUBE_BASE_URL: youtube.url,
        YOUTUBE_DAILY_QUOTA: '150',
        YOUTUBE_CHANNEL_ID: FAKE_CHANNEL.channelId,
        YOUTUBE_OAUTH_CLIENT_ID: FAKE_CHANNEL.clientId,
        YOUTUBE_OAUTH_CLIENT_SECRET: FAKE_CHANNEL.clientSecret,
        YOUTUBE_OAUTH_REFRESH_TOKEN: FAKE_CHANNEL.refreshToken,
        YOUTUBE_OAUTH_TOKEN_URL: `${youtube.url}/token`,
        PLATFORM_ACTION_BACKOFF_BASE_MS: '0',
      },
    });
    comms = await signInAs(t, 'comms');
    const admin = await signInAs(t, 'admin');
    const source = (
      await admin.agent.post('/api/sources').send({ kind: 'youtube_channel', name: 'OU YouTube channel' }).expect(201)
    ).body.id;
    rude = youtube.addChannelComment({ authorChannelId: 'UCrude00000000000000000x', text: 'The OU is a scam' });
    second = youtube.addChannelComment({ text: 'Useless tutors, all of them' });
    await t.app.get(IngestService).runSource(source, { force: true });
  }, 400_000);
  afterAll(async () => {
    await t.close();
    await youtube.close();
  });

  it('counts the channel listing, a hide and a reply in the ledger, as YouTube counts them', async () => {
    expect(await used()).toBe(1);
    const { id, version } = await mentionOf(rude);
    const hidden = await comms.agent
      .post(`/api/mentions/${id}/hide`)
      .send({ reason: 'Abusive', version, onPlatform: true })
      .expect(200);
    expect(youtube.moderationStatus(rude)).toBe('heldForReview');
    expect(await used()).toBe(51);
    await comms.agent
      .post(`/api/mentions/${id}/reply`)
      .send({ text: 'Please contact Student Support.', version: hidden.body.version })
      .expect(200);
    expect(youtube.replies).toHaveLength(1);
    expect(await used()).toBe(101);
    expect(await used()).toBe(youtube.unitsSpent);
  });

  it('refuses hide, reply and block with the reason once the day cannot take another action', async () => {
    const { id, version } = await mentionOf(second);
    const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
    const reason = expect.stringMatching(
      /^today's YouTube quota is spent \(101 of 150 units, YOUTUBE_DAILY_QUOTA; hiding, replying and banning cost 50 each\): it resets at midnight Pacific time/,
    );
    expect(detail.platformOptions).toEqual({
      platformLabel: 'YouTube',
      hide: { offered: false, reason },
      reply: { offered: false, reason },
      block: { offered: false, reason },
      authorBlocked: false,
    });
    const refused = await comms.agent
      .post(`/api/mentions/${id}/hide`)
      .send({ reason: 'Abusive', version, onPlatform: true })
      .expect(422);
    expect(refused.body.message).toMatch(/today's YouTube quota is spent/);
    await comms.agent.post(`/api/mentions/${id}/reply`).send({ text: 'Hello', version }).expect(422);
    expect(youtube.moderationCalls).toHaveLength(1);
    expect(youtube.replies).toHaveLength(1);
    expect(await used()).toBe(101);
    // Hiding here alone is never refused for the platform's quota.
    await comms.agent.post(`/api/mentions/${id}/hide`).send({ reason: 'Abusive', version }).expect(200);
  });

  it('an action queued before the quota ran out waits for midnight Pacific without calling YouTube', async () => {
    await setUsed(0);
    const { id, version } = await mentionOf(second);
    const unhidden = await comms.agent.post(`/api/mentions/${id}/unhide`).send({ version }).expect(200);
    youtube.set({ failures: 1 });
    await comms.agent
      .post(`/api/mentions/${id}/hide`)
      .send({ reason: 'Abusive', version: unhidden.body.version, onPlatform: true })
      .expect(200);
    expect(youtube.moderationCalls).toHaveLength(1); // the 503 answered before the call was recorded
    expect(await used()).toBe(50);

    await setUsed(140); // the keyword source spent the rest of the day meanwhile
    const calls = youtube.requests.length;
    await t.app.get(PlatformActionsService).runDue();
    expect(youtube.requests.length).toBe(calls);
    const action = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body.platformActions.at(-1);
    expect(action).toMatchObject({ kind: 'hide', status: 'pending', attempts: 2 });
    expect(action.lastError).toMatch(/^today's YouTube quota is spent \(140 of 150 units/);
    expect(action.nextAttemptAt).toBe(nextPacificMidnight(new Date()).toISOString());
    expect(await used()).toBe(140);
  });

  it('unhiding what we hid on YouTube is never refused for the quota: the unhide waits for the reset', async () => {
    // Hidden here and held for review on YouTube since the first test.
    await setUsed(150);
    const { id, version } = await mentionOf(rude);
    const unhidden = await comms.agent.post(`/api/mentions/${id}/unhide`).send({ version }).expect(200);
    expect(unhidden.body).toMatchObject({ hidden: false });
    expect(youtube.moderationStatus(rude)).toBe('heldForReview');
    const action = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body.platformActions.at(-1);
    expect(action).toMatchObject({ kind: 'unhide', status: 'pending' });
    expect(action.lastError).toMatch(/^today's YouTube quota is spent \(150 of 150 units/);
    expect(action.nextAttemptAt).toBe(nextPacificMidnight(new Date()).toISOString());

    await setUsed(0); // midnight Pacific: the quota is back
    await t.db.query(`UPDATE platform_actions SET next_attempt_at = now() WHERE status = 'pending'`);
    await t.app.get(PlatformActionsService).runDue();
    expect(youtube.moderationStatus(rude)).toBe('published');
  });
});
