import type {
  AssignableUser,
  MentionDetail,
  MentionListItem,
  MentionPage,
  QueueSummary,
  SafeguardingContact,
} from '@ou-listening/shared';
import { ConfigError, loadConfig } from '../../../src/config/app-config';
import { createUser, signIn, type SignedIn, type TestUser } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

const CONTACTS =
  'Safeguarding Referrals Team|01908 654321|safeguarding@open.ac.uk; Security Control Room|01908 653333|security@open.ac.uk';

describe('issue 19 triage: who can be assigned, decisions that leave the queue, undo, counts that match the list', () => {
  let t: TestApp;
  let chris: TestUser;
  let comms: SignedIn;
  let colleague: SignedIn;

  beforeAll(async () => {
    t = await newTestApp({ env: { SAFEGUARDING_CONTACTS: CONTACTS } });
    chris = await createUser(t, 'comms', { displayName: 'Chris Comms' });
    comms = { agent: await signIn(t, chris), user: chris };
    const dana = await createUser(t, 'comms', { displayName: 'Dana Colleague' });
    colleague = { agent: await signIn(t, dana), user: dana };
  });
  afterAll(() => t.close());

  const queueIds = async (query = '') =>
    ((await comms.agent.get(`/api/mentions?limit=100${query}`).expect(200)).body as MentionPage).items.map((i) => i.id);

  it('lists every enabled comms and admin user by name as assignable, and nobody else', async () => {
    const admin = await createUser(t, 'admin', { displayName: 'Ada Admin' });
    const manager = await createUser(t, 'manager', { displayName: 'Mo Manager' });
    const officer = await createUser(t, 'discipline', { displayName: 'Dee Discipline' });
    const gone = await createUser(t, 'comms', { displayName: 'Gone Comms' });
    await t.db.query(`UPDATE users SET disabled_at = now() WHERE id = $1`, [gone.id]);

    const users = (await comms.agent.get('/api/mentions/assignable-users').expect(200)).body as AssignableUser[];
    const names = users.map((u) => u.displayName);
    expect(names).toEqual(expect.arrayContaining(['Ada Admin', 'Chris Comms', 'Dana Colleague']));
    expect(names).not.toEqual(expect.arrayContaining(['Mo Manager']));
    expect(names).not.toContain('Dee Discipline');
    expect(names).not.toContain('Gone Comms');
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    expect(users.find((u) => u.displayName === 'Ada Admin')).toEqual({ id: admin.id, displayName: 'Ada Admin' });
    // No e-mail addresses leave through the picker.
    expect(JSON.stringify(users)).not.toContain('@');
    expect([manager.id, officer.id, gone.id].some((id) => users.some((u) => u.id === id))).toBe(false);

    // Assigning to a colleague names them on the mention.
    const { id } = await newMention(t, { categories: [{ category: 'disrepute', score: 0.7 }] });
    const res = await comms.agent.post(`/api/mentions/${id}/assign`).send({ userId: colleague.user.id }).expect(200);
    expect((res.body as MentionListItem).assignee).toEqual({ id: colleague.user.id, displayName: 'Dana Colleague' });
  });

  it('"False positive" and "No action needed" leave the open queue; "Needs follow-up" stays in it', async () => {
    const fp = await newMention(t, { categories: [{ category: 'disrepute', score: 0.98 }] });
    const none = await newMention(t, { categories: [{ category: 'disrepute', score: 0.6 }] });
    const follow = await newMention(t, { categories: [{ category: 'disrepute', score: 0.6 }] });
    await comms.agent.post(`/api/mentions/${fp.id}/mark`).send({ mark: 'false_positive', version: 1 }).expect(200);
    await comms.agent.post(`/api/mentions/${none.id}/mark`).send({ mark: 'no_action', version: 1 }).expect(200);
    const kept = await comms.agent
      .post(`/api/mentions/${follow.id}/mark`)
      .send({ mark: 'needs_follow_up', version: 1 })
      .expect(200);
    expect((kept.body as MentionListItem).status).toBe('reviewed');

    const open = await queueIds();
    expect(open).not.toContain(fp.id);
    expect(open).not.toContain(none.id);
    expect(open).toContain(follow.id);
    expect(await queueIds('&status=dismissed')).toEqual(expect.arrayContaining([fp.id, none.id]));
    const [row] = await t.db.query(`SELECT status FROM mentions WHERE id = $1`, [fp.id]);
    expect(row.status).toBe('dismissed');
  });

  it('a bulk "false positive" dismisses every mention it marks', async () => {
    const a = await newMention(t, { categories: [{ category: 'disrepute', score: 0.5 }] });
    const b = await newMention(t, { categories: [{ category: 'disrepute', score: 0.5 }] });
    await comms.agent
      .post('/api/mentions/bulk')
      .send({ ids: [a.id, b.id], action: 'mark', mark: 'false_positive' })
      .expect(200);
    const rows: { status: string }[] = await t.db.query(`SELECT status FROM mentions WHERE id = ANY($1::bigint[])`, [
      [a.id, b.id],
    ]);
    expect(rows.map((r) => r.status)).toEqual(['dismissed', 'dismissed']);
  });

  it('undoing a mark takes the mark back and puts back the status it found; only the one who marked may', async () => {
    const { id } = await newMention(t, { categories: [{ category: 'safeguarding', score: 0.9 }] });
    const marked = (
      await comms.agent.post(`/api/mentions/${id}/mark`).send({ mark: 'false_positive', version: 1 }).expect(200)
    ).body as MentionListItem;
    expect(marked.status).toBe('dismissed');

    const refused = await colleague.agent.post(`/api/mentions/${id}/unmark`).send({ version: marked.version });
    expect(refused.status).toBe(409);
    expect(refused.body.current).toMatchObject({ id, status: 'dismissed' });

    const undone = (await comms.agent.post(`/api/mentions/${id}/unmark`).send({ version: marked.version }).expect(200))
      .body as MentionListItem;
    expect(undone).toMatchObject({ status: 'new', latestMark: null });
    const [{ n }] = await t.db.query(`SELECT count(*)::int AS n FROM mention_marks WHERE mention_id = $1`, [id]);
    expect(n).toBe(0);
    // Back at the top of the queue, pinned again.
    expect((await queueIds())[0]).toBe(id);
    await comms.agent.post(`/api/mentions/${id}/unmark`).send({ version: undone.version }).expect(409);
  });

  it('tells history in names, and lists who was told of an escalation from the notification records', async () => {
    const { id } = await newMention(t, { categories: [{ category: 'safeguarding', score: 0.95 }] });
    await comms.agent.post(`/api/mentions/${id}/escalate`).send({ reason: 'risk', severity: 'urgent', version: 1 });
    const detail = (await colleague.agent.get(`/api/mentions/${id}`).expect(200)).body as MentionDetail;
    expect(detail.history).toEqual([
      expect.objectContaining({ action: 'mention.escalate', actorName: 'Chris Comms', actorEmail: chris.email }),
    ]);
    const [first, second] = detail.escalationNotices;
    expect(detail.escalationNotices.map((n) => n.audience)).toEqual(['discipline', 'safeguarding']);
    expect(first).toMatchObject({ recipient: null, delivery: 'stored' });
    expect(Date.parse(second!.createdAt)).not.toBeNaN();
  });

  it('serves the configured safeguarding contacts', async () => {
    const res = await comms.agent.get('/api/mentions/safeguarding-contacts').expect(200);
    expect(res.body as SafeguardingContact[]).toEqual([
      { name: 'Safeguarding Referrals Team', phone: '01908 654321', email: 'safeguarding@open.ac.uk' },
      { name: 'Security Control Room', phone: '01908 653333', email: 'security@open.ac.uk' },
    ]);
  });

  it('says an urgent escalation is not e-mailed when no mail server is set, so the steps promise no alert', async () => {
    await comms.agent.get('/api/mentions/safeguarding-alert').expect(200, { emailed: false });
  });

  it('refuses to start with a malformed SAFEGUARDING_CONTACTS, naming the entry', () => {
    const load = (value: string) => () => loadConfig({ NODE_ENV: 'test', SAFEGUARDING_CONTACTS: value });
    expect(load('Team|not a phone|team@open.ac.uk')).toThrow(ConfigError);
    expect(load('Team|not a phone|team@open.ac.uk')).toThrow(/"not a phone" is not a phone number/);
    expect(load('Team|01908 654321')).toThrow(/each entry must be name\|phone\|e-mail/);
    expect(load('Team|01908 654321|nobody')).toThrow(/"nobody" is not an e-mail address/);
    expect(loadConfig({ NODE_ENV: 'test' }).safeguardingContacts).toEqual([]);
  });

  describe('counts match the list', () => {
    beforeAll(async () => {
      const seeds = [
        { text: 'countcheck one', categories: [{ category: 'disrepute' as const, score: 0.9 }] },
        {
          text: 'countcheck two',
          categories: [
            { category: 'disrepute' as const, score: 0.4 },
            { category: 'litigation' as const, score: 0.8 },
          ],
        },
        { text: 'countcheck three', categories: [{ category: 'safeguarding' as const, score: 0.7 }] },
        { text: 'countcheck four', categories: [{ category: 'litigation' as const, score: 0.3 }], platform: 'reddit' },
        { text: 'countcheck five', categories: [] },
        { text: 'countcheck six', categories: [{ category: 'disrepute' as const, score: 0.6 }], assigneeId: chris.id },
        {
          text: 'countcheck seven',
          categories: [{ category: 'confidential' as const, score: 0.6 }],
          status: 'hidden' as const,
          hidden: true,
        },
        {
          text: 'countcheck eight',
          categories: [{ category: 'disrepute' as const, score: 0.8 }],
          status: 'dismissed' as const,
        },
      ];
      for (const seed of seeds) await newMention(t, seed);
    });

    const FILTERS = [
      '',
      '&q=countcheck',
      '&category=disrepute',
      '&category=disrepute,litigation',
      '&category=litigation&q=countcheck',
      '&category=disrepute&minScore=0.5',
      '&minScore=0.5&q=countcheck',
      '&platform=reddit',
      '&status=hidden',
      '&status=dismissed',
      '&status=new,reviewed,dismissed&q=countcheck',
      '&assignee=me',
      '&assignee=none&q=countcheck',
      '&category=safeguarding&q=countcheck',
    ];

    it.each(FILTERS)('filter "%s": "N in this view" is the number of rows the list pages through', async (filter) => {
      const listed: string[] = [];
      let cursor: string | null = null;
      do {
        const page = (
          await comms.agent.get(`/api/mentions?limit=100${filter}${cursor ? `&cursor=${cursor}` : ''}`).expect(200)
        ).body as MentionPage;
        listed.push(...page.items.map((i) => i.id));
        cursor = page.nextCursor;
      } while (cursor);
      const summary = (await comms.agent.get(`/api/mentions/summary?${filter.slice(1)}`).expect(200))
        .body as QueueSummary;
      expect({ filter, total: summary.total }).toEqual({ filter, total: listed.length });
    });
  });
});
