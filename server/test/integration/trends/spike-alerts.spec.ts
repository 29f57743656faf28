import type { CategoryCode } from '@ou-listening/shared';
import { signInAs } from '../../support/auth';
import { newTestApp, type TestApp } from '../../support/test-app';
import { TrendsService } from '../../../src/trends/trends.service';
import { seedMentions, type SeedMention } from './seed';
import { startSmtpSink } from '../../support/smtp-sink';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** `perDay` posts in the hour before `end` on each of the 28 days before, and `now` posts in that hour today. */
function series(end: Date, category: CategoryCode, perDay: number, now: number, terms: string[] = []): SeedMention[] {
  const posts: SeedMention[] = [];
  for (let k = 0; k <= 28; k++) {
    const n = k === 0 ? now : perDay;
    for (let i = 0; i < n; i++) {
      const at = new Date(end.getTime() - k * DAY - HOUR + (i + 1) * 60_000);
      posts.push({ postedAt: at.toISOString(), category, terms });
    }
  }
  return posts;
}

describe('spike alerts', () => {
  let t: TestApp;
  let trends: TrendsService;
  beforeEach(async () => {
    t = await newTestApp();
    trends = t.app.get(TrendsService);
  });
  afterEach(() => t.close());

  it('a flat series raises none', async () => {
    const end = new Date('2026-04-15T14:00:00Z');
    await seedMentions(t, series(end, 'disrepute', 6, 6));
    expect(await trends.detectSpikes(new Date('2026-04-15T14:07:00Z'))).toEqual([]);
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM spike_alerts`);
    expect(row.n).toBe(0);
  });

  it('compares the same London hour on earlier days across a clock change', async () => {
    // Ten posts in 09:00–10:00 London time every day; clocks went back on 25 October 2026, so that
    // hour is 08:00Z before the change and 09:00Z after it. Stepping back whole 24-hour blocks
    // would compare 09:00Z with an empty 10:00–11:00 BST and call an ordinary morning a spike.
    const posts: SeedMention[] = [];
    for (let day = 1; day <= 29; day++) {
      const date = new Date(Date.UTC(2026, 9, day + 4)); // 5 Oct … 2 Nov
      const offsetHours = date < new Date('2026-10-25T00:00:00Z') ? 1 : 0; // BST before the change
      for (let i = 0; i < 10; i++)
        posts.push({
          postedAt: new Date(date.getTime() + (9 - offsetHours) * HOUR + (i + 1) * 60_000).toISOString(),
          category: 'disrepute',
        });
    }
    await seedMentions(t, posts);
    // The tick just after 10:00 London on 2 November (GMT): the window is 09:00–10:00Z.
    expect(await trends.detectSpikes(new Date('2026-11-02T10:05:00Z'))).toEqual([]);
  });

  it('a synthetic spike is found, with the terms that drove it, stored once and notified', async () => {
    const end = new Date('2026-04-15T14:00:00Z');
    await seedMentions(t, [
      ...series(end, 'disrepute', 6, 6),
      ...series(end, 'litigation', 1, 25, ['tribunal']),
      // the other term appears less often in the spike window
      { postedAt: '2026-04-15T13:59:00Z', category: 'litigation', terms: ['solicitor', 'tribunal'] },
    ]);
    const raised = await trends.detectSpikes(new Date('2026-04-15T14:07:00Z'));
    expect(raised.map((a) => [a.category, a.window, a.count])).toEqual([
      ['litigation', 'hour', 26],
      ['litigation', 'day', 26],
    ]);
    const hour = raised[0]!;
    expect(hour).toMatchObject({
      windowStart: '2026-04-15T13:00:00.000Z',
      windowEnd: '2026-04-15T14:00:00.000Z',
      baselineMedian: 1,
      baselineMad: 0,
      threshold: 4,
      terms: ['tribunal', 'solicitor'],
    });

    // The next tick in the same hour, and the next hour while unacknowledged, add nothing.
    expect(await trends.detectSpikes(new Date('2026-04-15T14:12:00Z'))).toEqual([]);

    const notices = await t.db.query(`SELECT kind, audience, subject, link FROM notifications ORDER BY id`);
    expect(notices).toEqual([
      {
        kind: 'spike_alert',
        audience: 'managers',
        subject: 'Spike in Litigation: 26 posts in the last hour',
        link: '/trends',
      },
      {
        kind: 'spike_alert',
        audience: 'managers',
        subject: 'Spike in Litigation: 26 posts in the last 24 hours',
        link: '/trends',
      },
    ]);

    const manager = await signInAs(t, 'manager');
    const list = await manager.agent.get('/api/trends/alerts').expect(200);
    expect(list.body.items).toHaveLength(2);
    const ack = await manager.agent.post(`/api/trends/alerts/${hour.id}/acknowledge`).expect(200);
    expect(ack.body.acknowledgedAt).toEqual(expect.any(String));
    await manager.agent.post(`/api/trends/alerts/${hour.id}/acknowledge`).expect(200);
    const audit = await t.db.query(
      `SELECT actor_id, target_id FROM audit_log WHERE action = 'trends.alert_acknowledge'`,
    );
    expect(audit).toEqual([{ actor_id: manager.user.id, target_id: hour.id }]);
    expect((await manager.agent.get('/api/trends/alerts').expect(200)).body.items).toHaveLength(1);
    expect((await manager.agent.get('/api/trends/alerts?all=true').expect(200)).body.items).toHaveLength(2);
    await manager.agent.post('/api/trends/alerts/999999/acknowledge').expect(404);
    await manager.agent.post('/api/trends/alerts/abc/acknowledge').expect(400);
  });

  it('lets one replica at a time run the job', async () => {
    const end = new Date('2026-04-15T14:00:00Z');
    await seedMentions(t, series(end, 'litigation', 1, 25));
    const results = await Promise.all([
      trends.detectSpikes(new Date('2026-04-15T14:07:00Z')),
      trends.detectSpikes(new Date('2026-04-15T14:07:00Z')),
    ]);
    expect(results.flat()).toHaveLength(2);
    const [row] = await t.db.query(`SELECT count(*)::int AS n FROM spike_alerts`);
    expect(row.n).toBe(2);
  });

  it('emails the managers at SPIKE_EMAIL_TO when SMTP is set: numbers, terms and a link, no post text', async () => {
    const smtp = await startSmtpSink();
    const withEmail = await newTestApp({
      env: {
        SMTP_URL: smtp.url,
        ESCALATION_EMAIL_TO: 'discipline@open.ac.uk',
        SPIKE_EMAIL_TO: 'comms-managers@open.ac.uk',
        PUBLIC_URL: 'https://listening.open.ac.uk',
      },
    });
    try {
      const end = new Date('2026-04-15T14:00:00Z');
      await seedMentions(withEmail, series(end, 'litigation', 1, 25, ['tribunal']));
      await withEmail.app.get(TrendsService).detectSpikes(new Date('2026-04-15T14:07:00Z'));
      expect(smtp.received.map((m) => m.to)).toEqual([['comms-managers@open.ac.uk'], ['comms-managers@open.ac.uk']]);
      const mail = smtp.received[0]!;
      expect(mail.raw).toContain('Subject: Spike in Litigation: 25 posts in the last hour');
      const body = mail.raw.replace(/=\r\n/g, '');
      expect(body).toContain('Terms: tribunal');
      expect(body).toContain('https://listening.open.ac.uk/trends');
      const [post] = (await withEmail.db.query(`SELECT text FROM mentions LIMIT 1`)) as { text: string }[];
      expect(body).not.toContain(post!.text);
    } finally {
      await withEmail.close();
      await smtp.stop();
    }
  });
});
