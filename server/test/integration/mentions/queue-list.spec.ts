import type { MentionListItem, MentionPage } from '@ou-listening/shared';
import { signInAs, type SignedIn } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

describe('GET /api/mentions: the triage queue', () => {
  let t: TestApp;
  let comms: SignedIn;
  const m = {} as Record<'a' | 'b' | 'c' | 'd' | 'e' | 'f' | 'g' | 'h' | 'i', string>;
  const ids = (res: { body: MentionPage }) => res.body.items.map((item) => item.id);
  const get = async (query: string) => {
    const res = await comms.agent.get(`/api/mentions${query}`);
    expect({ status: res.status, body: res.status === 200 ? undefined : res.body }).toEqual({
      status: 200,
      body: undefined,
    });
    return ids(res as { body: MentionPage });
  };

  beforeAll(async () => {
    t = await newTestApp();
    comms = await signInAs(t, 'comms');
    m.a = (
      await newMention(t, {
        text: 'The OU took a week to answer my email',
        authorHandle: 'grumpy_learner',
        postedAt: '2025-03-01T10:00:00Z',
      })
    ).id;
    m.b = (
      await newMention(t, {
        text: 'Call my tutor on 07700 900123',
        authorHandle: 'leaker',
        authorName: 'Pat Leaky',
        categories: [
          {
            category: 'personal_data',
            score: 0.97,
            evidence: [{ start: 17, end: 29, text: '07700 900123', reason: 'uk_phone' }],
          },
        ],
        postedAt: '2025-03-02T09:00:00Z',
      })
    ).id;
    m.c = (
      await newMention(t, {
        text: 'I am taking the Open University to court over my fees, they are frauds',
        platform: 'mastodon',
        authorHandle: 'lawyerly',
        categories: [
          { category: 'litigation', score: 0.8 },
          { category: 'disrepute', score: 0.6 },
        ],
        postedAt: '2025-03-03T23:30:00Z',
      })
    ).id;
    m.d = (
      await newMention(t, {
        text: 'I cannot go on, nobody at the OU cares',
        categories: [{ category: 'safeguarding', score: 0.55 }],
        postedAt: '2025-03-04T08:00:00Z',
      })
    ).id;
    m.e = (
      await newMention(t, {
        text: 'Worried about a friend on my module',
        categories: [{ category: 'safeguarding', score: 0.9 }],
        status: 'reviewed',
        postedAt: '2025-03-05T08:00:00Z',
      })
    ).id;
    m.f = (
      await newMention(t, {
        text: 'Abusive post about a tutor',
        categories: [{ category: 'disrepute', score: 0.95 }],
        status: 'hidden',
        postedAt: '2025-03-06T08:00:00Z',
      })
    ).id;
    m.g = (
      await newMention(t, {
        text: 'Leaked budget minutes',
        categories: [{ category: 'confidential', score: 0.7 }],
        status: 'escalated',
        postedAt: '2025-03-07T08:00:00Z',
      })
    ).id;
    m.h = (
      await newMention(t, {
        text: 'TMA answers for sale, DM me',
        categories: [{ category: 'academic_misconduct', score: 0.7 }],
        assigneeId: comms.user.id,
        postedAt: '2025-02-15T08:00:00Z',
      })
    ).id;
    m.i = (
      await newMention(t, {
        text: 'Selling recordings of tutorials',
        categories: [{ category: 'academic_misconduct', score: 0.7 }],
        postedAt: '2025-02-16T08:00:00Z',
      })
    ).id;
  });
  afterAll(() => t.close());

  it('by default lists new and reviewed mentions by risk, with new safeguarding mentions pinned first', async () => {
    // d (safeguarding, new) is pinned above higher risks; e is safeguarding too but already reviewed.
    // h and i tie on risk: the later id comes first. Hidden f and escalated g are not in the queue.
    expect(await get('')).toEqual([m.d, m.b, m.e, m.c, m.i, m.h, m.a]);
    expect(await get('?sort=risk')).toEqual([m.d, m.b, m.e, m.c, m.i, m.h, m.a]);
  });

  it('sort=newest orders by posted time, newest first, without pinning', async () => {
    expect(await get('?sort=newest')).toEqual([m.e, m.d, m.c, m.b, m.a, m.i, m.h]);
  });

  it('each item carries categories with scores and evidence, status, mark, assignee, notes, escalation and version', async () => {
    const res = await comms.agent.get('/api/mentions?q=leaker').expect(200);
    const item = (res.body as MentionPage).items[0] as MentionListItem;
    expect(item).toEqual({
      id: m.b,
      platform: 'x',
      externalId: expect.any(String),
      url: expect.stringMatching(/^https:\/\//),
      authorId: expect.any(String),
      authorHandle: 'leaker',
      authorName: 'Pat Leaky',
      text: 'Call my tutor on 07700 900123',
      lang: 'en',
      postedAt: '2025-03-02T09:00:00.000Z',
      ingestedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
      isDemo: false,
      status: 'new',
      hidden: false,
      riskScore: 0.97,
      topCategory: 'personal_data',
      categories: [
        {
          category: 'personal_data',
          score: 0.97,
          policyRef: '7.4 personal information',
          evidence: [{ start: 17, end: 29, text: '07700 900123', reason: 'uk_phone' }],
        },
      ],
      secondLook: [],
      latestMark: null,
      assignee: null,
      noteCount: 0,
      escalation: null,
      onOwnAccount: false,
      ownContext: null,
      platformHidden: false,
      watchedAuthor: false,
      impersonation: null,
      version: 1,
    });
    const c = ((await comms.agent.get('/api/mentions?platform=mastodon').expect(200)).body as MentionPage).items[0];
    expect(c?.categories.map((x) => [x.category, x.score])).toEqual([
      ['litigation', 0.8],
      ['disrepute', 0.6],
    ]);
    const h = ((await comms.agent.get('/api/mentions?assignee=me').expect(200)).body as MentionPage).items[0];
    expect(h?.assignee).toEqual({ id: comms.user.id, displayName: 'Test comms' });
  });

  it('filters by status, comma-separated or repeated', async () => {
    expect(await get('?status=hidden')).toEqual([m.f]);
    expect(await get('?status=escalated,hidden')).toEqual([m.f, m.g]);
    expect(await get('?status=escalated&status=hidden')).toEqual([m.f, m.g]);
    expect(await get('?status=reviewed')).toEqual([m.e]);
    expect(await get('?status=new')).toEqual([m.d, m.b, m.c, m.i, m.h, m.a]);
  });

  it('filters by category (any of)', async () => {
    expect(await get('?category=litigation,personal_data')).toEqual([m.b, m.c]);
    expect(await get('?category=safeguarding')).toEqual([m.d, m.e]);
    expect(await get('?category=disrepute&status=new,reviewed,hidden')).toEqual([m.f, m.c]);
  });

  it('filters by minimum score: the risk score, or with category the score of that category', async () => {
    expect(await get('?minScore=0.9')).toEqual([m.b, m.e]);
    expect(await get('?minScore=0.97')).toEqual([m.b]);
    expect(await get('?category=disrepute&minScore=0.5')).toEqual([m.c]);
    // c's risk score is 0.8, but its disrepute score only 0.6
    expect(await get('?category=disrepute&minScore=0.7')).toEqual([]);
  });

  it('filters by platform', async () => {
    expect(await get('?platform=mastodon')).toEqual([m.c]);
    expect(await get('?platform=bluesky')).toEqual([]);
  });

  it('searches the text and the author with web search syntax', async () => {
    expect(await get('?q=court')).toEqual([m.c]);
    expect(await get('?q=lawyerly')).toEqual([m.c]);
    expect(await get('?q=Leaky')).toEqual([m.b]);
    expect(await get('?q=tutorials')).toEqual([m.i]); // stemmed: tutorial(s)
    expect(await get(`?q=${encodeURIComponent('"answer my email"')}`)).toEqual([m.a]);
    expect(await get(`?q=${encodeURIComponent('OU -court')}`)).toEqual([m.d, m.a]);
    expect(await get('?q=nothingmatchesthis')).toEqual([]);
  });

  it('filters by posted time; a bare "to" date includes that whole day', async () => {
    expect(await get('?from=2025-03-02&to=2025-03-03')).toEqual([m.b, m.c]);
    expect(await get('?from=2025-03-02T09:00:00Z&to=2025-03-03T23:00:00Z')).toEqual([m.b]);
    expect(await get('?to=2025-02-16')).toEqual([m.i, m.h]);
    expect(await get('?from=2025-03-05')).toEqual([m.e]);
  });

  it('filters by assignee: me, none or a user id', async () => {
    const other = await signInAs(t, 'comms');
    expect(await get('?assignee=me')).toEqual([m.h]);
    expect(await get('?assignee=none')).toEqual([m.d, m.b, m.e, m.c, m.i, m.a]);
    expect(await get(`?assignee=${comms.user.id}`)).toEqual([m.h]);
    expect(await get(`?assignee=${other.user.id}`)).toEqual([]);
    const mine = await other.agent.get('/api/mentions?assignee=me').expect(200);
    expect(ids(mine)).toEqual([]);
  });

  it('combines filters', async () => {
    expect(await get('?category=academic_misconduct&assignee=none&sort=newest')).toEqual([m.i]);
  });

  it.each([
    ['status=bogus', /status must be among new, reviewed, dismissed, escalated, hidden/],
    ['status=new,bogus', /status must be among/],
    ['category=rude', /category must be among confidential, litigation/],
    ['minScore=1.5', /minScore must be a number between 0 and 1/],
    ['minScore=-0.1', /minScore must be a number between 0 and 1/],
    ['minScore=high', /minScore must be a number between 0 and 1/],
    ['from=yesterday', /from must be an ISO 8601 date/],
    ['to=2025-02-30', /to must be an ISO 8601 date/],
    ['from=2025-03-05&to=2025-03-01', /from must not be after to/],
    ['cursor=not*a*cursor', /cursor must be the nextCursor of a previous page/],
    [`cursor=${Buffer.from('{"s":"risk"}').toString('base64url')}`, /cursor must be the nextCursor/],
    [`cursor=${Buffer.from('nonsense').toString('base64url')}`, /cursor must be the nextCursor/],
    ['limit=101', /limit must be a whole number from 1 to 100/],
    ['limit=0', /limit must be a whole number from 1 to 100/],
    ['limit=ten', /limit must be a whole number from 1 to 100/],
    ['assignee=someone', /assignee must be me, none or a user id/],
    ['sort=oldest', /sort must be one of risk, newest/],
    ['platform=x&platform=mastodon', /platform must be given once/],
    ['colour=red', /property colour should not exist/],
  ])('?%s is a 400 that says why', async (query, message) => {
    const res = await comms.agent.get(`/api/mentions?${query}`).expect(400);
    expect(res.body.statusCode).toBe(400);
    expect([res.body.message].flat().join('; ')).toMatch(message);
  });

  it('a cursor from one sort order is refused by the other', async () => {
    const first = await comms.agent.get('/api/mentions?sort=newest&limit=2').expect(200);
    const cursor = (first.body as MentionPage).nextCursor;
    expect(cursor).toEqual(expect.any(String));
    const res = await comms.agent.get(`/api/mentions?sort=risk&cursor=${cursor}`).expect(400);
    expect(res.body.message).toMatch(/cursor belongs to another sort order/);
  });
});
