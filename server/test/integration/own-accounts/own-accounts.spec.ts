import { IngestService } from '../../../src/ingest/ingest.service';
import { PlatformActionsService } from '../../../src/platform-actions/platform-actions.service';
import { type FakeGraphServer, startFakeGraph } from '../../../tools/fakes/graph/fake-graph.server';
import { type SignedIn, signInAs } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';
import { ran } from '../../support/ingest-runs';

/**
 * The OU's own Facebook Page and Instagram account (issue 16), against a fake Graph API over HTTP:
 * comments are ingested with the post they were left on, and hiding, replying and blocking reach
 * the platform, which the fake records.
 */
describe("the OU's own accounts, against the fake Graph API", () => {
  let fake: FakeGraphServer;
  let t: TestApp;
  let comms: SignedIn;
  let ingest: IngestService;
  let facebookSource: string;
  let instagramSource: string;
  let postId: string;
  let commentId: string;
  let mediaId: string;

  const mentionOf = async (externalId: string) => {
    const [row] = (await t.db.query(`SELECT id::text AS id, version FROM mentions WHERE external_id = $1`, [
      externalId,
    ])) as { id: string; version: number }[];
    if (!row) throw new Error(`no mention for ${externalId}`);
    return row;
  };
  const platformAudit = async (mentionId: string) =>
    (
      (await t.db.query(
        `SELECT action, actor_email, details FROM audit_log
          WHERE target_type = 'mention' AND target_id = $1 AND action LIKE 'platform.%' ORDER BY id`,
        [mentionId],
      )) as { action: string; actor_email: string; details: Record<string, unknown> }[]
    ).map((r) => ({ action: r.action, actor: r.actor_email, outcome: r.details.outcome }));

  beforeAll(async () => {
    fake = await startFakeGraph();
    t = await newTestApp({
      env: {
        DEMO: 'off',
        ...fake.env(),
        INGEST_BACKOFF_BASE_MS: '5',
        PLATFORM_ACTION_BACKOFF_BASE_MS: '0',
        PLATFORM_ACTION_MAX_ATTEMPTS: '3',
      },
    });
    ingest = t.app.get(IngestService);
    comms = await signInAs(t, 'comms');
    const admin = await signInAs(t, 'admin');
    facebookSource = (
      await admin.agent.post('/api/sources').send({ kind: 'facebook', name: 'OU Facebook Page' }).expect(201)
    ).body.id;
    instagramSource = (
      await admin.agent.post('/api/sources').send({ kind: 'instagram', name: 'OU Instagram' }).expect(201)
    ).body.id;

    postId = fake.addFacebookPost('Results day is on Friday. Good luck everyone!', new Date(Date.now() - 3_600_000));
    commentId = fake.addFacebookComment(postId, {
      message: 'The OU lost my exam script and nobody answers the phone',
      fromId: '555001',
      fromName: 'Angry Student',
    });
    fake.addFacebookComment(postId, { message: 'Thanks, fingers crossed!', fromId: '555002', fromName: 'Hopeful' });
    // The Page's own reply is ours, not a mention; a comment whose message is not text is quarantined.
    fake.addFacebookComment(postId, { message: 'We are sorry to hear that', fromId: fake.pageId, fromName: 'OU' });
    fake.addFacebookComment(postId, { message: 'x', broken: true });
    mediaId = fake.addInstagramMedia('Graduation in Milton Keynes #OpenUniversity', new Date(Date.now() - 7_200_000));
    const top = fake.addInstagramComment(mediaId, { message: 'Congratulations!', fromId: '9001', fromName: 'ou_grad' });
    fake.addInstagramComment(mediaId, { message: 'So proud', fromId: '9002', fromName: 'proud_mum', replyTo: top });
  }, 400_000);
  afterAll(async () => {
    await t.close();
    await fake.close();
  });

  it('ingests the comments on our Facebook post, marked "on our account", with the post they were left on', async () => {
    const outcome = ran(await ingest.runSource(facebookSource, { force: true }));
    expect(outcome).toMatchObject({ status: 'partial', inserted: 2, quarantined: 1 });
    const rows = await t.db.query(
      `SELECT external_id, author_id, author_name, text, on_own_account, own_context, in_reply_to_id
         FROM mentions WHERE platform = 'facebook' ORDER BY external_id`,
    );
    expect(rows.map((r: { author_name: string }) => r.author_name).sort()).toEqual(['Angry Student', 'Hopeful']);
    const angry = rows.find((r: { external_id: string }) => r.external_id === commentId);
    expect(angry).toMatchObject({ author_id: '555001', on_own_account: true, in_reply_to_id: postId });
    expect(angry.own_context).toMatchObject({
      parentPost: { id: postId, text: 'Results day is on Friday. Good luck everyone!' },
      canHide: true,
      canReply: true,
    });
    // The Graph calls: the feed, then the post's comments as a newest-first stream.
    const commentsCall = fake.requests.find((r) => r.path === `/${postId}/comments`)!;
    expect(commentsCall.params.get('filter')).toBe('stream');
    expect(commentsCall.params.get('order')).toBe('reverse_chronological');
    const [quarantine] = await t.db.query(`SELECT platform, error FROM quarantine WHERE source_id = $1`, [
      facebookSource,
    ]);
    expect(quarantine).toEqual({ platform: 'facebook', error: 'a comment whose message is not text' });

    // Run again: nothing new is stored twice, and the cursor has a high-water mark.
    const again = ran(await ingest.runSource(facebookSource, { force: true }));
    expect(again.inserted).toBe(0);
    const [cursor] = await t.db.query(`SELECT cursor FROM source_cursors WHERE source_id = $1`, [facebookSource]);
    expect(typeof cursor.cursor.high).toBe('string');
  });

  it('every watch query paused: our own pages are still read, from where they were', async () => {
    await t.db.query(`UPDATE watch_queries SET enabled = false`);
    try {
      const resit = fake.addFacebookComment(postId, {
        message: 'Any news on resits?',
        fromId: '555003',
        fromName: 'Re',
      });
      const outcome = ran(await ingest.runSource(facebookSource, { force: true }));
      expect(outcome).toMatchObject({ status: 'partial', inserted: 1 });
      const stored = await t.db.query(`SELECT 1 FROM mentions WHERE external_id = $1`, [resit]);
      expect(stored).toHaveLength(1);
      await t.db.query(`DELETE FROM mentions WHERE external_id = $1`, [resit]);
    } finally {
      await t.db.query(`UPDATE watch_queries SET enabled = true`);
    }
  });

  it('ingests Instagram comments and their replies, and the queue filters on "on our account"', async () => {
    const outcome = ran(await ingest.runSource(instagramSource, { force: true }));
    expect(outcome).toMatchObject({ status: 'ok', inserted: 2 });
    await newMention(t, { text: 'Somewhere else entirely about the Open University' });
    const own = await comms.agent.get('/api/mentions?ownAccount=true&sort=newest').expect(200);
    expect(own.body.items).toHaveLength(4);
    expect(own.body.items.every((m: { onOwnAccount: boolean }) => m.onOwnAccount)).toBe(true);
    const all = await comms.agent.get('/api/mentions?sort=newest').expect(200);
    expect(all.body.items).toHaveLength(5);
    await comms.agent.get('/api/mentions?ownAccount=maybe').expect(400);
  });

  it('the detail shows the post and what each platform allows, with the reason where it does not', async () => {
    const { id } = await mentionOf(commentId);
    const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
    expect(detail.ownContext.parentPost.text).toBe('Results day is on Friday. Good luck everyone!');
    expect(detail.platformOptions).toEqual({
      platformLabel: 'Facebook',
      hide: { offered: true },
      reply: { offered: true },
      block: { offered: true },
      authorBlocked: false,
    });
    const [instagram] = await t.db.query(`SELECT id::text AS id FROM mentions WHERE platform = 'instagram' LIMIT 1`);
    const ig = (await comms.agent.get(`/api/mentions/${instagram.id}`).expect(200)).body;
    expect(ig.platformOptions.block).toEqual({
      offered: false,
      reason: "Instagram's API has no way to block an account: block it in the Instagram app",
    });
    const elsewhere = await newMention(t, { platform: 'mastodon' });
    const other = (await comms.agent.get(`/api/mentions/${elsewhere.id}`).expect(200)).body;
    expect(other.platformOptions).toBeNull();
    const refused = await comms.agent
      .post(`/api/mentions/${elsewhere.id}/hide`)
      .send({ reason: 'abuse', version: elsewhere.version, onPlatform: true })
      .expect(422);
    expect(refused.body.message).toMatch(/not left on the OU's own account/);
    const [unchanged] = await t.db.query(`SELECT hidden FROM mentions WHERE id = $1`, [elsewhere.id]);
    expect(unchanged.hidden).toBe(false);
  });

  it('"Hide here and on Facebook" hides it on Facebook; unhiding reverses it; one audit row per platform action', async () => {
    const { id, version } = await mentionOf(commentId);
    const hidden = await comms.agent
      .post(`/api/mentions/${id}/hide`)
      .send({ reason: 'Abusive towards staff', version, onPlatform: true })
      .expect(200);
    expect(hidden.body).toMatchObject({ hidden: true, platformHidden: true });
    expect(fake.isHidden(commentId)).toBe(true);
    const hideCall = fake.requests.find((r) => r.method === 'POST' && r.path === `/${commentId}`)!;
    expect(hideCall.params.get('is_hidden')).toBe('true');

    const unhidden = await comms.agent
      .post(`/api/mentions/${id}/unhide`)
      .send({ version: hidden.body.version })
      .expect(200);
    expect(unhidden.body).toMatchObject({ hidden: false, platformHidden: false });
    expect(fake.isHidden(commentId)).toBe(false);
    expect(await platformAudit(id)).toEqual([
      { action: 'platform.hide', actor: comms.user.email, outcome: 'done' },
      { action: 'platform.unhide', actor: comms.user.email, outcome: 'done' },
    ]);
  });

  it('"Hide here" alone leaves the platform alone', async () => {
    const [other] = await t.db.query(
      `SELECT id::text AS id, version, external_id FROM mentions WHERE platform = 'facebook' AND external_id <> $1`,
      [commentId],
    );
    await comms.agent
      .post(`/api/mentions/${other.id}/hide`)
      .send({ reason: 'spam', version: other.version })
      .expect(200);
    expect(fake.isHidden(other.external_id)).toBe(false);
    expect(await platformAudit(other.id)).toEqual([]);
  });

  it('a failed platform call is shown on the mention, the dashboard keeps its state, and it is retried', async () => {
    const { id, version } = await mentionOf(commentId);
    fake.set({ failWrites: 1 });
    const res = await comms.agent
      .post(`/api/mentions/${id}/hide`)
      .send({ reason: 'Again', version, onPlatform: true })
      .expect(200);
    expect(res.body).toMatchObject({ hidden: true, platformHidden: false });
    expect(fake.isHidden(commentId)).toBe(false);
    const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
    const action = detail.platformActions.at(-1);
    expect(action).toMatchObject({ kind: 'hide', status: 'pending', attempts: 1 });
    expect(action.lastError).toMatch(/HTTP 500/);
    expect(action.nextAttemptAt).not.toBeNull();

    expect(await t.app.get(PlatformActionsService).runDue()).toBe(1);
    expect(fake.isHidden(commentId)).toBe(true);
    const after = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
    expect(after).toMatchObject({ hidden: true, platformHidden: true });
    expect(after.platformActions.at(-1)).toMatchObject({ kind: 'hide', status: 'done', attempts: 2, lastError: null });
    expect((await platformAudit(id)).filter((r) => r.action === 'platform.hide')).toHaveLength(2);
  });

  it('a call that keeps failing is given up after its attempts, shown as failed, audited once', async () => {
    const { id, version } = await mentionOf(commentId);
    fake.set({ failWrites: 10 });
    await comms.agent.post(`/api/mentions/${id}/unhide`).send({ version }).expect(200);
    const service = t.app.get(PlatformActionsService);
    await service.runDue();
    await service.runDue();
    fake.set({ failWrites: 0 });
    const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
    expect(detail.platformActions.at(-1)).toMatchObject({ kind: 'unhide', status: 'failed', attempts: 3 });
    expect(detail).toMatchObject({ hidden: false, platformHidden: true });
    expect((await platformAudit(id)).at(-1)).toEqual({
      action: 'platform.unhide',
      actor: comms.user.email,
      outcome: 'failed',
    });
  });

  it('a reply arrives at the fake, the mention is marked responded with a link to the reply', async () => {
    const { id, version } = await mentionOf(commentId);
    await comms.agent.post(`/api/mentions/${id}/reply`).send({ text: '   ', version }).expect(400);
    const res = await comms.agent
      .post(`/api/mentions/${id}/reply`)
      .send({ text: 'Sorry to hear this. Please message us your PI number and we will look into it.', version })
      .expect(200);
    expect(res.body.latestMark.mark).toBe('responded');
    expect(fake.replies).toEqual([
      {
        to: commentId,
        id: expect.any(String),
        message: 'Sorry to hear this. Please message us your PI number and we will look into it.',
      },
    ]);
    const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
    expect(detail.platformActions.at(-1)).toMatchObject({
      kind: 'reply',
      status: 'done',
      resultUrl: `https://www.facebook.com/reply/${fake.replies[0]!.id}`,
    });
    expect((await platformAudit(id)).filter((r) => r.action === 'platform.reply')).toHaveLength(1);
  });

  it('an Instagram reply goes to /replies and a hide sends hide=true', async () => {
    const [ig] = await t.db.query(
      `SELECT id::text AS id, version, external_id FROM mentions WHERE platform = 'instagram' AND text = 'So proud'`,
    );
    await comms.agent
      .post(`/api/mentions/${ig.id}/hide`)
      .send({ reason: 'test', version: ig.version, onPlatform: true });
    expect(fake.isHidden(ig.external_id)).toBe(true);
    expect(fake.requests.find((r) => r.path === `/${ig.external_id}`)!.params.get('hide')).toBe('true');
  });

  it('a block is recorded on the platform and reversed by unblock', async () => {
    const { id } = await mentionOf(commentId);
    await comms.agent.post(`/api/mentions/${id}/block-author`).send({}).expect(400);
    const blocked = await comms.agent
      .post(`/api/mentions/${id}/block-author`)
      .send({ reason: 'Repeated abuse of staff' })
      .expect(200);
    expect(fake.blocked.has('555001')).toBe(true);
    expect(blocked.body.platformOptions.authorBlocked).toBe(true);
    const again = await comms.agent
      .post(`/api/mentions/${id}/block-author`)
      .send({ reason: 'Repeated abuse of staff' })
      .expect(422);
    expect(again.body.message).toMatch(/already blocked/);
    const unblocked = await comms.agent.post(`/api/mentions/${id}/unblock-author`).expect(200);
    expect(fake.blocked.has('555001')).toBe(false);
    expect(unblocked.body.platformOptions.authorBlocked).toBe(false);
    const audit = await platformAudit(id);
    expect(audit.filter((r) => r.action === 'platform.block')).toEqual([
      { action: 'platform.block', actor: comms.user.email, outcome: 'done' },
    ]);
    expect(audit.filter((r) => r.action === 'platform.unblock')).toHaveLength(1);
  });

  describe('a reply is never sent twice: when the answer was lost, the retry finds the reply instead of posting again', () => {
    const replyLosingTheAnswer = async (comment: string, source: string, text: string) => {
      ran(await ingest.runSource(source, { force: true }));
      const { id, version } = await mentionOf(comment);
      fake.set({ dropAnswers: 1 });
      await comms.agent.post(`/api/mentions/${id}/reply`).send({ text, version }).expect(200);
      expect(fake.replies.filter((r) => r.to === comment)).toHaveLength(1);
      await t.app.get(PlatformActionsService).runDue();
      const ours = fake.replies.filter((r) => r.to === comment);
      expect(ours).toEqual([{ to: comment, id: expect.any(String), message: text }]);
      const [action] = await t.db.query(
        `SELECT status, result_id, answer FROM platform_actions WHERE mention_id = $1 AND kind = 'reply'`,
        [id],
      );
      expect(action).toEqual({ status: 'done', result_id: ours[0]!.id, answer: { foundEarlierReply: ours[0]!.id } });
    };

    it('on Facebook, under the comment', async () => {
      const comment = fake.addFacebookComment(postId, {
        message: 'Is anyone reading these?',
        fromId: '555003',
        fromName: 'Waiting',
      });
      await replyLosingTheAnswer(comment, facebookSource, 'Yes, we read every comment.');
    });

    it('on Instagram, on the replies edge', async () => {
      const comment = fake.addInstagramComment(mediaId, { message: 'When is the next ceremony?', fromId: '9003' });
      await replyLosingTheAnswer(comment, instagramSource, 'The dates are on our website.');
    });
  });

  describe('a reply counts as an answer only once the platform has taken it (policy 7.3)', () => {
    const ingestComment = async (message: string) => {
      const comment = fake.addFacebookComment(postId, { message, fromId: '555010', fromName: 'Asking' });
      ran(await ingest.runSource(facebookSource, { force: true }));
      return { comment, ...(await mentionOf(comment)) };
    };
    const stateOf = async (id: string) => {
      const [row] = (await t.db.query(
        `SELECT m.status, m.pinned,
                (SELECT count(*)::int FROM mention_marks k WHERE k.mention_id = m.id AND k.mark = 'responded') AS responded
           FROM mentions m WHERE m.id = $1`,
        [id],
      )) as { status: string; pinned: boolean; responded: number }[];
      return row!;
    };

    it('a reply the platform never takes puts the comment back in the open queue, unmarked and not counted', async () => {
      const { id, version } = await ingestComment('Does anyone answer questions on this page?');
      fake.set({ failWrites: 10 });
      const res = await comms.agent
        .post(`/api/mentions/${id}/reply`)
        .send({ text: 'Yes, we do: how can we help?', version })
        .expect(200);
      // Taken off the open queue while the platform is tried, but not marked responded yet.
      expect(res.body).toMatchObject({ status: 'reviewed', latestMark: null });
      const service = t.app.get(PlatformActionsService);
      await service.runDue();
      await service.runDue();
      fake.set({ failWrites: 0 });
      expect(fake.replies.filter((r) => r.message === 'Yes, we do: how can we help?')).toEqual([]);
      expect(await stateOf(id)).toEqual({ status: 'new', pinned: false, responded: 0 });
      const detail = (await comms.agent.get(`/api/mentions/${id}`).expect(200)).body;
      expect(detail.platformActions.at(-1)).toMatchObject({ kind: 'reply', status: 'failed', attempts: 3 });
      expect(detail.history.map((h: { action: string }) => h.action)).toContain('mention.reply_failed');
      const today = new Date().toISOString().slice(0, 10);
      const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
      const manager = await signInAs(t, 'manager');
      const trends = (
        await manager.agent.get(`/api/trends/response?from=${today}&to=${tomorrow}&interval=day`).expect(200)
      ).body;
      const answeredBefore = trends.ownAccountResponse.reduce((n: number, b: { n: number }) => n + b.n, 0);
      expect(trends.ownAccountUnanswered).toBeGreaterThanOrEqual(1);

      // Answered again, and taken this time: now it is marked responded, by whoever wrote the reply.
      const again = await comms.agent
        .post(`/api/mentions/${id}/reply`)
        .send({ text: 'Yes, we do: how can we help?', version: detail.version })
        .expect(200);
      expect(again.body).toMatchObject({ status: 'reviewed', latestMark: { mark: 'responded' } });
      expect(await stateOf(id)).toEqual({ status: 'reviewed', pinned: false, responded: 1 });
      const after = (
        await manager.agent.get(`/api/trends/response?from=${today}&to=${tomorrow}&interval=day`).expect(200)
      ).body;
      expect(after.ownAccountResponse.reduce((n: number, b: { n: number }) => n + b.n, 0)).toBe(answeredBefore + 1);
      expect(after.ownAccountUnanswered).toBe(trends.ownAccountUnanswered - 1);
    });

    it('a failed reply leaves alone a comment someone has decided on since', async () => {
      const { comment, id, version } = await ingestComment('Second question, please answer');
      fake.set({ failWrites: 10 });
      await comms.agent.post(`/api/mentions/${id}/reply`).send({ text: 'On it.', version }).expect(200);
      const { version: now } = await mentionOf(comment);
      await comms.agent.post(`/api/mentions/${id}/mark`).send({ mark: 'no_action', version: now }).expect(200);
      const service = t.app.get(PlatformActionsService);
      await service.runDue();
      await service.runDue();
      fake.set({ failWrites: 0 });
      expect(await stateOf(id)).toEqual({ status: 'dismissed', pinned: false, responded: 0 });
    });

    it('a reply to a pinned threat keeps it pinned: answering in public decides nothing about the risk', async () => {
      const { id, version } = await ingestComment('Please reply, I have a question about my exam');
      await t.db.query(`UPDATE mentions SET categories = ARRAY['threat'] WHERE id = $1`, [id]);
      expect(await stateOf(id)).toMatchObject({ status: 'new', pinned: true });
      const res = await comms.agent
        .post(`/api/mentions/${id}/reply`)
        .send({ text: 'Please message us privately.', version })
        .expect(200);
      expect(res.body).toMatchObject({ status: 'new', latestMark: { mark: 'responded' } });
      expect(await stateOf(id)).toEqual({ status: 'new', pinned: true, responded: 1 });
    });
  });

  it('a rate limit from Graph (code 4) stops the run and records when to come back', async () => {
    fake.set({ rateLimited: 1 });
    const outcome = ran(await ingest.runSource(facebookSource, { force: true }));
    expect(outcome.status).toBe('rate_limited');
    expect(outcome.retryAt!.getTime()).toBeGreaterThan(Date.now() + 60_000);
  });

  it('discipline and managers can do none of it', async () => {
    const { id } = await mentionOf(commentId);
    for (const role of ['discipline', 'manager'] as const) {
      const { agent } = await signInAs(t, role);
      await agent.post(`/api/mentions/${id}/reply`).send({ text: 'x', version: 1 }).expect(403);
      await agent.post(`/api/mentions/${id}/block-author`).send({ reason: 'x' }).expect(403);
      await agent.post(`/api/mentions/${id}/unblock-author`).expect(403);
    }
  });
});
