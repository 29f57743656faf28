import type { QueueSummary } from '@ou-listening/shared';
import { signInAs, type SignedIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('GET /api/mentions/summary and POST /api/mentions/seen', () => {
  let t: TestApp;
  let comms: SignedIn;
  const zero = {
    confidential: 0,
    litigation: 0,
    disrepute: 0,
    personal_data: 0,
    safeguarding: 0,
    threat: 0,
    academic_misconduct: 0,
  };

  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
    const hourAgo = new Date(Date.now() - 3_600_000);
    await newMention(t, { ingestedAt: hourAgo });
    await newMention(t, {
      ingestedAt: hourAgo,
      platform: 'mastodon',
      categories: [
        { category: 'litigation', score: 0.8 },
        { category: 'disrepute', score: 0.4 },
      ],
    });
    await newMention(t, { ingestedAt: hourAgo, categories: [{ category: 'disrepute', score: 0.9 }] });
    await newMention(t, {
      ingestedAt: hourAgo,
      categories: [{ category: 'safeguarding', score: 0.6 }],
      status: 'reviewed',
    });
    await newMention(t, {
      ingestedAt: hourAgo,
      categories: [{ category: 'personal_data', score: 0.99 }],
      status: 'hidden',
    });
  });
  afterAll(() => t.close());

  const summary = async (who: SignedIn, query = '') =>
    (await who.agent.get(`/api/mentions/summary${query}`).expect(200)).body as QueueSummary;

  it('counts the queue and each category under the same filters as the list', async () => {
    expect(await summary(comms)).toEqual({
      total: 4,
      byCategory: { ...zero, litigation: 1, disrepute: 2, safeguarding: 1 },
      countLimit: null,
      approximate: false,
      newSinceLastSeen: 4,
      lastSeenAt: null,
    });
    expect(await summary(comms, '?status=hidden')).toMatchObject({
      total: 1,
      byCategory: { ...zero, personal_data: 1 },
    });
    expect(await summary(comms, '?platform=mastodon')).toMatchObject({
      total: 1,
      byCategory: { ...zero, litigation: 1, disrepute: 1 },
    });
    // minScore counts a category only where that category scores enough
    expect(await summary(comms, '?minScore=0.5')).toMatchObject({
      total: 3,
      byCategory: { ...zero, litigation: 1, disrepute: 1, safeguarding: 1 },
    });
  });

  // Issue 19 changed this: the summary once refused category, and its total then counted every category.
  it('takes the list filters, category too (for the total), and refuses bad ones', async () => {
    const res = await comms.agent.get('/api/mentions/summary?category=nonsense').expect(400);
    expect(res.body.message).toEqual([expect.stringMatching(/^category must be among/)]);
    await comms.agent.get('/api/mentions/summary?status=gone').expect(400);
    await comms.agent.get('/api/mentions/summary?from=2025-02-01&to=2025-01-01').expect(400);
  });

  it('"new since you last looked" is per user and restarts when the queue is marked seen', async () => {
    const other = await signInAs(t, 'admin');
    await comms.agent.post('/api/mentions/seen').expect(204);
    const seen = await summary(comms);
    expect(seen.newSinceLastSeen).toBe(0);
    expect(Date.now() - Date.parse(seen.lastSeenAt!)).toBeLessThan(60_000);

    await newMention(t, { categories: [{ category: 'confidential', score: 0.7 }] });
    expect(await summary(comms)).toMatchObject({ total: 5, newSinceLastSeen: 1 });
    expect(await summary(comms, '?status=hidden')).toMatchObject({ newSinceLastSeen: 0 });
    expect(await summary(other)).toMatchObject({ total: 5, newSinceLastSeen: 5, lastSeenAt: null });

    const [row] = await t.db.query(`SELECT queue_seen_at FROM users WHERE id = $1`, [comms.user.id]);
    expect(row.queue_seen_at).toBeInstanceOf(Date);
  });
});
