import { IngestService } from '../../../src/ingest/ingest.service';
import { PlatformActionsService } from '../../../src/platform-actions/platform-actions.service';
import { FAKE_X_OWN, type FakeXServer, startFakeX } from '../../../tools/fakes/x/fake-x.server';
import {
  FAKE_CHANNEL,
  type FakeYoutubeServer,
  startFakeYoutube,
} from '../../../tools/fakes/youtube/fake-youtube.server';
import { type SignedIn, signInAs } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';
import { ran } from '../../support/ingest-runs';

/**
 * The OU's YouTube channel and @OpenUniversity's conversations on X (issue 16), against fakes at
 * the wire: the real @googleapis/youtube (with its OAuth refresh) and twitter-api-v2 clients run,
 * the fakes record what was hidden, replied and banned, and the rows are in the real database.
 */
describe("the OU's YouTube channel and X conversations, against the fakes", () => {
  let youtube: FakeYoutubeServer;
  let x: FakeXServer;
  let t: TestApp;
  let comms: SignedIn;
  let ingest: IngestService;
  let actions: PlatformActionsService;
  let channelSource: string;
  let xSource: string;
  let ytComment: string;
  let ourPost: string;
  let xReply: string;
  let strangerReply: string;

  const mentionOf = async (externalId: string) => {
    const [row] = (await t.db.query(
      `SELECT id::text AS id, version, on_own_account, own_context FROM mentions WHERE external_id = $1`,
      [externalId],
    )) as { id: string; version: number; on_own_account: boolean; own_context: Record<string, unknown> }[];
    if (!row) throw new Error(`no mention for ${externalId}`);
    return row;
  };
  const platformAudit = async (mentionId: string) =>
    (
      (await t.db.query(
        `SELECT action, details FROM audit_log
          WHERE target_type = 'mention' AND target_id = $1 AND action LIKE 'platform.%' ORDER BY id`,
        [mentionId],
      )) as { action: string; details: Record<string, unknown> }[]
    ).map((r) => `${r.action}:${String(r.details.outcome)}`);

  beforeAll(async () => {
    youtube = await startFakeYoutube();
    x = await startFakeX();
    t = await newTestApp({
      env: {
        DEMO: 'off',
        YOUTUBE_BASE_URL: youtube.url,
        YOUTUBE_CHANNEL_ID: FAKE_CHANNEL.channelId,
        YOUTUBE_OAUTH_CLIENT_ID: FAKE_CHANNEL.clientId,
        YOUTUBE_OAUTH_CLIENT_SECRET: FAKE_CHANNEL.clientSecret,
        YOUTUBE_OAUTH_REFRESH_TOKEN: FAKE_CHANNEL.refreshToken,
        YOUTUBE_OAUTH_TOKEN_URL: `${youtube.url}/token`,
        X_API_BASE_URL: x.url,
        X_OWN_USER_ID: FAKE_X_OWN.userId,
        X_USER_ACCESS_TOKEN: FAKE_X_OWN.accessToken,
        X_USER_REFRESH_TOKEN: FAKE_X_OWN.refreshToken,
        X_OAUTH_CLIENT_ID: FAKE_X_OWN.clientId,
        INGEST_BACKOFF_BASE_MS: '5',
        PLATFORM_ACTION_BACKOFF_BASE_MS: '0',
        PLATFORM_ACTION_MAX_ATTEMPTS: '3',
      },
    });
    ingest = t.app.get(IngestService);
    actions = t.app.get(PlatformActionsService);
    comms = await signInAs(t, 'comms');
    const admin = await signInAs(t, 'admin');
    channelSource = (
      await admin.agent.post('/api/sources').send({ kind: 'youtube_channel', name: 'OU YouTube channel' }).expect(201)
    ).body.id;
    xSource = (await admin.agent.post('/api/sources').send({ kind: 'x_replies', name: 'OU on X' }).expect(201)).body.id;

    ytComment = youtube.addChannelComment({
      videoId: 'ouGradDay01',
      authorChannelId: 'UCrude00000000000000000x',
      authorName: '@rude_viewer',
      text: 'The OU is a scam and the tutors are useless',
    });
    youtube.addChannelComment({ videoId: 'ouGradDay01', text: 'Congratulations to everyone graduating!' });
    // The channel's own comment is ours, not a mention.
    youtube.addChannelComment({
      videoId: 'ouGradDay01',
      authorChannelId: FAKE_CHANNEL.channelId,
      authorName: '@OpenUniversity',
      text: 'Thank you all for watching',
    });

    ourPost = x.addOwnPost('Results for the October exams are out today. Good luck!');
    xReply = x.addReply({ conversationId: ourPost, authorId: '3001', username: 'angry_k101', text: 'Rubbish OU' });
    const stranger = '1800000000000000001';
    strangerReply = x.addReply({ conversationId: stranger, authorId: '3002', username: 'other', text: 'elsewhere' });
  }, 400_000);
  afterAll(async () => {
    await t.close();
    await youtube.close();
    await x.close();
  });

  describe('YouTube channel', () => {
    it('ingests the comments on our channel (allThreadsRelatedToChannelId), marked on our account, leaving our own out', async () => {
      const outcome = ran(await ingest.runSource(channelSource, { force: true }));
      expect(outcome).toMatchObject({ status: 'ok', inserted: 2 });
      const row = await mentionOf(ytComment);
      expect(row.on_own_account).toBe(true);
      expect(row.own_context).toMatchObject({
        parentPost: { id: 'ouGradDay01', url: 'https://www.youtube.com/watch?v=ouGradDay01' },
        canHide: true,
        canReply: true,
      });
      const call = youtube.requests.find((r) => r.resource === 'commentThreads')!;
      expect(call.params.get('allThreadsRelatedToChannelId')).toBe(FAKE_CHANNEL.channelId);
      expect(youtube.tokenGrants).toBe(1);
      const [ours] = await t.db.query(
        `SELECT count(*)::int AS n FROM mentions WHERE text = 'Thank you all for watching'`,
      );
      expect(ours.n).toBe(0);

      youtube.addChannelComment({ text: 'A newer comment' });
      const again = ran(await ingest.runSource(channelSource, { force: true }));
      expect(again.inserted).toBe(1);
    });

    it('the detail offers hide, reply and block on YouTube', async () => {
      const { id } = await mentionOf(ytComment);
      const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
      expect(detail.platformOptions).toEqual({
        platformLabel: 'YouTube',
        hide: { offered: true },
        reply: { offered: true },
        block: { offered: true },
        authorBlocked: false,
      });
    });

    it('hides on YouTube (held for review), unhides (published again), one audit row each', async () => {
      const { id, version } = await mentionOf(ytComment);
      const hidden = await comms.agent
        .post(`/api/mentions/${id}/hide`)
        .send({ reason: 'Abusive towards tutors', version, onPlatform: true })
        .expect(200);
      expect(hidden.body).toMatchObject({ hidden: true, platformHidden: true });
      expect(youtube.moderationStatus(ytComment)).toBe('heldForReview');
      const unhidden = await comms.agent
        .post(`/api/mentions/${id}/unhide`)
        .send({ version: hidden.body.version })
        .expect(200);
      expect(unhidden.body).toMatchObject({ hidden: false, platformHidden: false });
      expect(youtube.moderationStatus(ytComment)).toBe('published');
      expect(youtube.moderationCalls.map((p) => p.get('moderationStatus'))).toEqual(['heldForReview', 'published']);
      expect(await platformAudit(id)).toEqual(['platform.hide:done', 'platform.unhide:done']);
    });

    it('a failed moderation call is shown on the mention and retried', async () => {
      const { id, version } = await mentionOf(ytComment);
      youtube.set({ failures: 1 });
      await comms.agent
        .post(`/api/mentions/${id}/hide`)
        .send({ reason: 'Again', version, onPlatform: true })
        .expect(200);
      const pending = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body.platformActions.at(-1);
      expect(pending).toMatchObject({ kind: 'hide', status: 'pending', attempts: 1 });
      expect(pending.lastError).toMatch(/HTTP 503/);
      expect(youtube.moderationStatus(ytComment)).toBe('published');
      expect(await actions.runDue()).toBe(1);
      expect(youtube.moderationStatus(ytComment)).toBe('heldForReview');
      const done = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
      expect(done.platformActions.at(-1)).toMatchObject({ kind: 'hide', status: 'done', attempts: 2 });
      expect((await platformAudit(id)).filter((a) => a.startsWith('platform.hide'))).toHaveLength(2);
    });

    it('a reply arrives at YouTube (comments.insert) with a link to it', async () => {
      const { id, version } = await mentionOf(ytComment);
      await comms.agent
        .post(`/api/mentions/${id}/reply`)
        .send({ text: 'We are sorry you feel that way. Please contact Student Support.', version })
        .expect(200);
      expect(youtube.replies).toEqual([
        {
          id: expect.any(String),
          parentId: ytComment,
          text: 'We are sorry you feel that way. Please contact Student Support.',
          authorChannelId: FAKE_CHANNEL.channelId,
        },
      ]);
      const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
      expect(detail.platformActions.at(-1)).toMatchObject({
        kind: 'reply',
        status: 'done',
        resultUrl: `https://www.youtube.com/watch?v=ouGradDay01&lc=${encodeURIComponent(youtube.replies[0]!.id)}`,
      });
    });

    it('bans the author (rejected with banAuthor); lifting the ban is refused with where to do it', async () => {
      const { id } = await mentionOf(ytComment);
      const blocked = await comms.agent
        .post(`/api/mentions/${id}/block-author`)
        .send({ reason: 'Repeated abuse' })
        .expect(200);
      expect(youtube.banned.has('UCrude00000000000000000x')).toBe(true);
      expect(youtube.moderationStatus(ytComment)).toBe('rejected');
      expect(youtube.moderationCalls.at(-1)!.get('banAuthor')).toBe('true');
      expect(blocked.body.platformOptions.authorBlocked).toBe(true);
      const refused = await comms.agent.post(`/api/mentions/${id}/unblock-author`).expect(422);
      expect(refused.body.message).toMatch(/cannot lift a ban: remove the channel from Hidden users in YouTube Studio/);
      expect(youtube.banned.has('UCrude00000000000000000x')).toBe(true);
      expect((await platformAudit(id)).filter((a) => a.startsWith('platform.block'))).toEqual(['platform.block:done']);
    });
  });

  describe('X conversations', () => {
    it('ingests the replies in our conversations only, with the post they answer', async () => {
      const outcome = ran(await ingest.runSource(xSource, { force: true }));
      expect(outcome).toMatchObject({ status: 'ok', inserted: 1 });
      const row = await mentionOf(xReply);
      expect(row.on_own_account).toBe(true);
      expect(row.own_context).toMatchObject({
        parentPost: { id: ourPost, text: 'Results for the October exams are out today. Good luck!' },
        canHide: true,
      });
      const search = x.requests.at(-1)!;
      expect(search.get('query')).toBe(`(conversation_id:${ourPost}) is:reply -from:${FAKE_X_OWN.userId}`);
      const [stranger] = await t.db.query(`SELECT count(*)::int AS n FROM mentions WHERE external_id = $1`, [
        strangerReply,
      ]);
      expect(stranger.n).toBe(0);
    });

    it('hides the reply on X (PUT /2/tweets/:id/hidden) and unhides it, one audit row each', async () => {
      const { id, version } = await mentionOf(xReply);
      const hidden = await comms.agent
        .post(`/api/mentions/${id}/hide`)
        .send({ reason: 'Abusive', version, onPlatform: true })
        .expect(200);
      expect(hidden.body.platformHidden).toBe(true);
      expect(x.isHidden(xReply)).toBe(true);
      expect(x.hideCalls).toEqual([{ id: xReply, hidden: true }]);
      await comms.agent.post(`/api/mentions/${id}/unhide`).send({ version: hidden.body.version }).expect(200);
      expect(x.isHidden(xReply)).toBe(false);
      expect(await platformAudit(id)).toEqual(['platform.hide:done', 'platform.unhide:done']);
    });

    it('a reply arrives at X as a post in reply, refreshing the expired user token first', async () => {
      const { id, version } = await mentionOf(xReply);
      x.expireUserToken();
      await comms.agent
        .post(`/api/mentions/${id}/reply`)
        .send({ text: 'Sorry to hear that. Please DM us your PI number.', version })
        .expect(200);
      expect(x.refreshes).toBe(1);
      expect(x.postedReplies).toEqual([
        { id: expect.any(String), inReplyTo: xReply, text: 'Sorry to hear that. Please DM us your PI number.' },
      ]);
      const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
      expect(detail.platformActions.at(-1)).toMatchObject({
        kind: 'reply',
        status: 'done',
        resultUrl: `https://x.com/OpenUniversity/status/${x.postedReplies[0]!.id}`,
      });
      expect(detail.platformOptions.block).toEqual({
        offered: false,
        reason: "X's API does not let this app block accounts: block it in the X app as @OpenUniversity",
      });
    });

    it('an X post that is not a reply in our conversations offers nothing on X, and says why', async () => {
      const elsewhere = await newMention(t, { platform: 'x' });
      const detail = (await comms.agent.get(`/api/mentions/${elsewhere.id}`).expect(200)).body;
      expect(detail.platformOptions.hide).toEqual({
        offered: false,
        reason:
          'X lets @OpenUniversity hide and answer from here only replies in conversations it started, and this post is not one',
      });
      const refused = await comms.agent
        .post(`/api/mentions/${elsewhere.id}/hide`)
        .send({ reason: 'abuse', version: elsewhere.version, onPlatform: true })
        .expect(422);
      expect(refused.body.message).toMatch(/only replies in conversations it started/);
      expect(x.hideCalls).toHaveLength(2);
    });
  });

  describe('a reply is never sent twice', () => {
    it('when X carried out the reply but the answer was lost, the retry finds it instead of posting again', async () => {
      const another = x.addReply({
        conversationId: ourPost,
        authorId: '3003',
        username: 'k101_worried',
        text: 'Help?',
      });
      ran(await ingest.runSource(xSource, { force: true }));
      const { id, version } = await mentionOf(another);
      x.set({ dropAnswers: 1 });
      await comms.agent.post(`/api/mentions/${id}/reply`).send({ text: 'We have sent you a DM.', version }).expect(200);
      const pending = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body.platformActions.at(-1);
      expect(pending).toMatchObject({ kind: 'reply', status: 'pending', attempts: 1 });
      expect(x.postedReplies.filter((r) => r.inReplyTo === another)).toHaveLength(1);

      await actions.runDue();
      expect(x.postedReplies.filter((r) => r.inReplyTo === another)).toHaveLength(1);
      const done = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body.platformActions.at(-1);
      const reply = x.postedReplies.find((r) => r.inReplyTo === another)!;
      expect(done).toMatchObject({
        kind: 'reply',
        status: 'done',
        resultUrl: `https://x.com/OpenUniversity/status/${reply.id}`,
      });
      expect((await platformAudit(id)).filter((a) => a.startsWith('platform.reply'))).toEqual(['platform.reply:done']);
    });

    it('when the process died between YouTube answering and the commit, recovery finds the reply', async () => {
      const comment = youtube.addChannelComment({ text: 'When do results come out?' });
      ran(await ingest.runSource(channelSource, { force: true }));
      const { id } = await mentionOf(comment);
      // The state a crash leaves: the send was claimed and reached YouTube, and nothing after it was committed.
      const [{ id: actionId }] = await t.db.query(
        `INSERT INTO platform_actions (mention_id, platform, kind, target_id, payload, send_started_at, lease_until)
         VALUES ($1, 'youtube', 'reply', $2, '{"text": "Results are out on 12 December."}'::jsonb,
                 now() - interval '10 minutes', now() - interval '8 minutes')
         RETURNING id::text AS id`,
        [id, comment],
      );
      youtube.set({ dropAnswers: 1 });
      const moderator = t.app.get(PlatformActionsService);
      // The reply reaches YouTube; the answer never comes back to a process that is no longer there.
      await fetchReplyThroughFake(comment, 'Results are out on 12 December.');
      expect(youtube.replies.filter((r) => r.parentId === comment)).toHaveLength(1);

      await moderator.runDue();
      expect(youtube.replies.filter((r) => r.parentId === comment)).toHaveLength(1);
      const [row] = await t.db.query(`SELECT status, result_id, answer FROM platform_actions WHERE id = $1`, [
        actionId,
      ]);
      expect(row).toMatchObject({ status: 'done', result_id: youtube.replies.at(-1)!.id });
      expect(row.answer).toEqual({ foundEarlierReply: youtube.replies.at(-1)!.id });
    });

    it('a pending reply that was never sent before is sent once', async () => {
      const comment = youtube.addChannelComment({ text: 'Is the library open at weekends?' });
      ran(await ingest.runSource(channelSource, { force: true }));
      const { id, version } = await mentionOf(comment);
      await comms.agent.post(`/api/mentions/${id}/reply`).send({ text: 'Yes, online 24/7.', version }).expect(200);
      await actions.runDue();
      expect(youtube.replies.filter((r) => r.parentId === comment).map((r) => r.text)).toEqual(['Yes, online 24/7.']);
    });
  });

  /** Posts a reply as the channel straight to the fake, with a token from its token endpoint. */
  async function fetchReplyThroughFake(parentId: string, text: string): Promise<void> {
    const token = (await (
      await fetch(`${youtube.url}/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          grant_type: 'refresh_token',
          refresh_token: FAKE_CHANNEL.refreshToken,
          client_id: FAKE_CHANNEL.clientId,
          client_secret: FAKE_CHANNEL.clientSecret,
        }),
      })
    ).json()) as { access_token: string };
    await fetch(`${youtube.url}/youtube/v3/comments?part=snippet`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token.access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ snippet: { parentId, textOriginal: text } }),
    }).catch(() => undefined);
  }
});
