import { createHash } from 'node:crypto';
import sharp from 'sharp';
import { createUser, signIn, signInAs } from '../../support/auth';
import { FAST_REPORT_ENV, hugePng, jpegWithGps, postReport, solvedAltcha, textPng } from '../../support/reports';
import { startSmtpSink } from '../../support/smtp-sink';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

/** Counts of everything a report writes: a refusal must leave every one at zero. */
async function stored(t: TestApp) {
  const [row] = await t.db.query(`
    SELECT (SELECT count(*)::int FROM mentions WHERE platform = 'report') AS mentions,
           (SELECT count(*)::int FROM reports) AS reports,
           (SELECT count(*)::int FROM report_screenshots) AS screenshots,
           (SELECT count(*)::int FROM report_pow_used) AS "spentChallenges",
           (SELECT count(*)::int FROM report_submissions) AS submissions`);
  return row as Record<string, number>;
}
const NOTHING = { mentions: 0, reports: 0, screenshots: 0, spentChallenges: 0, submissions: 0 };

describe('public report intake (issue 17)', () => {
  let t: TestApp;
  let smtp: Awaited<ReturnType<typeof startSmtpSink>>;

  beforeAll(async () => {
    smtp = await startSmtpSink();
    t = await newTestApp({
      env: { ...FAST_REPORT_ENV, REPORT_OCR: 'off', SMTP_URL: smtp.url, ESCALATION_EMAIL_TO: 'discipline@open.ac.uk' },
    });
    // Starting the app may train the classifier when no cached model matches its source: minutes on a busy machine.
  }, 900_000);
  afterAll(async () => {
    await t.close();
    await smtp.stop();
  });
  beforeEach(async () => {
    await t.db.query(`DELETE FROM escalations`);
    await t.db.query(`DELETE FROM mentions WHERE platform = 'report'`);
    await t.db.query(`DELETE FROM report_pow_used`);
    await t.db.query(`DELETE FROM report_submissions`);
  });

  describe('an anonymous person files a report', () => {
    it('with two screenshots: 201 with a reference; a classified mention on platform report; hashed screenshots', async () => {
      const first = await textPng(['Group chat', 'You are a disgrace to the OU']);
      const second = await textPng(['Another message']);
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        fields: {
          platform: 'discord',
          link: 'https://discord.com/channels/1/2/3',
          description: 'He shared my phone number 07700 900123 and home address in the OU Discord server.',
          involved: 'A student called Sam',
        },
        files: [
          { content: first, filename: 'one.png' },
          { content: second, filename: 'two.png' },
        ],
      }).expect(201);

      expect(res.body).toEqual({
        reference: expect.stringMatching(/^R-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}$/),
        emailed: false, // no address given
      });
      const [mention] = await t.db.query(
        `SELECT id::text, platform, external_id, url, text, author_handle, author_name, top_category, categories
           FROM mentions WHERE external_id = $1`,
        [res.body.reference],
      );
      expect(mention).toMatchObject({
        platform: 'report',
        url: 'https://discord.com/channels/1/2/3',
        text: 'He shared my phone number 07700 900123 and home address in the OU Discord server.',
        author_handle: null,
        author_name: `Report ${res.body.reference}`,
        top_category: 'personal_data',
      });
      expect(mention.categories).toContain('personal_data');
      const shots = await t.db.query(
        `SELECT s.position, s.mime, s.width, s.height, s.sha256, s.content
           FROM report_screenshots s JOIN reports r ON r.id = s.report_id WHERE r.mention_id = $1 ORDER BY position`,
        [mention.id],
      );
      expect(shots.map((s: { position: number }) => s.position)).toEqual([1, 2]);
      for (const shot of shots) {
        expect(shot.mime).toBe('image/png');
        expect(shot.sha256).toBe(sha256(shot.content));
      }
      const [audit] = await t.db.query(
        `SELECT action, target_id, details FROM audit_log WHERE action = 'report.receive'`,
      );
      expect(audit).toMatchObject({ target_id: mention.id, details: { reference: res.body.reference } });
    });

    it('a pasted transcript as long as the form allows is taken: a line break counts once, as the form counts it', async () => {
      // 277 lines the form counts as 4,986 characters; multipart sends each break as CRLF (5,263).
      const transcript = Array.from({ length: 277 }, () => 'line of text here').join('\r\n') + '\r\n';
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        fields: { description: transcript },
      }).expect(201);
      const [mention] = await t.db.query(`SELECT text FROM mentions WHERE external_id = $1`, [res.body.reference]);
      expect(mention.text).not.toContain('\r');
      expect(mention.text.split('\n')).toHaveLength(277);
    });

    it('text-direction overrides are dropped, so "gnp.exe" cannot pass for "exe.png" to the staff who read it', async () => {
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        fields: {
          description: 'He keeps sending \u202Egnp.exe\u202C files to our OU study group',
          involved: '\u202Eeman-live\u202C @bully',
        },
      }).expect(201);
      const [row] = await t.db.query(
        `SELECT m.text, r.involved FROM mentions m JOIN reports r ON r.mention_id = m.id WHERE m.external_id = $1`,
        [res.body.reference],
      );
      expect(row).toEqual({
        text: 'He keeps sending gnp.exe files to our OU study group',
        involved: 'eman-live @bully',
      });
    });

    it('a JPEG with GPS EXIF is stored, and served, without any metadata', async () => {
      const jpeg = await jpegWithGps();
      const before = await sharp(jpeg).metadata();
      expect(before.exif?.includes(Buffer.from('ReportTestPhone'))).toBe(true);
      // The GPS IFD pointer tag (0x8825), little-endian as sharp writes it.
      expect(before.exif?.includes(Buffer.from([0x25, 0x88]))).toBe(true);

      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        files: [{ content: jpeg, filename: 'IMG_0042.jpg', contentType: 'image/jpeg' }],
      }).expect(201);

      const [mention] = await t.db.query(`SELECT id::text FROM mentions WHERE external_id = $1`, [res.body.reference]);
      const { agent } = await signInAs(t, 'comms');
      const report = await agent.get(`/api/reports/by-mention/${mention.id}`).expect(200);
      expect(report.body.screenshots).toHaveLength(1);
      const image = await agent
        .get(`/api/reports/screenshots/${report.body.screenshots[0].id}`)
        .buffer(true)
        .parse((r, done) => {
          const chunks: Buffer[] = [];
          r.on('data', (c: Buffer) => chunks.push(c));
          r.on('end', () => done(null, Buffer.concat(chunks)));
        })
        .expect(200)
        .expect('Content-Type', 'image/jpeg');
      const served = image.body as Buffer;
      const after = await sharp(served).metadata();
      expect(after.format).toBe('jpeg');
      expect(after.exif).toBeUndefined();
      expect(served.includes(Buffer.from('ReportTestPhone'))).toBe(false);
      expect(served.includes(Buffer.from('Exif\0\0'))).toBe(false);
      expect(image.headers['x-content-sha256']).toBe(sha256(served));
    });

    it('with an e-mail address: the reporter gets the reference and no copy of what they wrote', async () => {
      smtp.received.length = 0;
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        fields: {
          reporterEmail: 'Reporter@Example.org',
          consentToContact: 'true',
          description: 'A private Facebook group is sharing tutor-marked assignment answers for TM01.',
          platform: 'facebook_group',
        },
      }).expect(201);
      expect(res.body.emailed).toBe(true);
      await waitFor(() => smtp.received.length > 0);
      const [mail] = smtp.received;
      expect(mail!.to).toEqual(['reporter@example.org']);
      expect(mail!.raw).toContain(res.body.reference);
      expect(mail!.raw).not.toContain('assignment answers');
      expect(mail!.raw).toContain('999');
      const [report] = await t.db.query(`SELECT reporter_email, consent_to_contact FROM reports`);
      expect(report).toEqual({ reporter_email: 'reporter@example.org', consent_to_contact: true });
    });
  });

  describe('refused with a clear 4xx, and nothing stored', () => {
    it('a Windows program renamed to .png (judged by its bytes)', async () => {
      const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(4096, 1)]);
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        files: [{ content: exe, filename: 'screenshot.png', contentType: 'image/png' }],
      });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        field: 'screenshots[1]',
        message: expect.stringContaining('not a PNG, JPEG or WebP'),
      });
      expect(await stored(t)).toEqual(NOTHING);
    });

    it('an animated WebP, whose frames after the first would be lost without a word', async () => {
      const frame = (background: string) =>
        sharp({ create: { width: 40, height: 30, channels: 3, background } })
          .png()
          .toBuffer();
      const animated = await sharp([await frame('#ff0000'), await frame('#0000ff')], { join: { animated: true } })
        .webp()
        .toBuffer();
      expect((await sharp(animated).metadata()).pages).toBe(2);
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        files: [{ content: animated, filename: 'clip.webp', contentType: 'image/webp' }],
      });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        field: 'screenshots[1]',
        message: expect.stringContaining('animated (2 frames)'),
      });
      expect(await stored(t)).toEqual(NOTHING);
    });

    it('a 30 MB image: 413 naming screenshots, not a 500', async () => {
      const big = Buffer.concat([
        Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
        Buffer.alloc(30 * 1024 * 1024, 7),
      ]);
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        files: [{ content: big, filename: 'huge.png' }],
      });
      expect(res.status).toBe(413);
      expect(res.body).toMatchObject({ field: 'screenshots', message: expect.stringContaining('at most 5 MB') });
      expect(await stored(t)).toEqual(NOTHING);
    });

    it('a 20,000 × 20,000 PNG (a decompression bomb): refused before it is decoded', async () => {
      const bomb = hugePng(20_000, 20_000);
      expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
      const started = Date.now();
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        files: [{ content: bomb, filename: 'bomb.png' }],
      });
      expect(res.status).toBe(422);
      expect(res.body).toMatchObject({
        field: 'screenshots[1]',
        message: expect.stringContaining('20000 × 20000 pixels'),
      });
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(await stored(t)).toEqual(NOTHING);
    });

    it('a missing proof of work', async () => {
      const res = await postReport(t.http, { altcha: null });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ field: 'altcha', message: expect.stringContaining('missing') });
      expect(await stored(t)).toEqual(NOTHING);
    });

    it('a wrong proof of work (a key the challenge does not derive)', async () => {
      const good = JSON.parse(Buffer.from(await solvedAltcha(t.http), 'base64').toString()) as {
        solution: { counter: number; derivedKey: string };
      };
      const key = good.solution.derivedKey;
      good.solution.derivedKey = `${key[0] === '0' ? '1' : '0'}${key.slice(1)}`;
      const res = await postReport(t.http, { altcha: Buffer.from(JSON.stringify(good)).toString('base64') });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ field: 'altcha', message: expect.stringContaining('did not verify') });
      expect(await stored(t)).toEqual(NOTHING);
    });

    it('a proof of work that is not one at all', async () => {
      const res = await postReport(t.http, { altcha: 'bm90IGEgcHJvb2Y=' });
      expect(res.status).toBe(400);
      expect(res.body.field).toBe('altcha');
      expect(await stored(t)).toEqual(NOTHING);
    });

    it('a replayed proof of work: the second report with the same solution is refused', async () => {
      const altcha = await solvedAltcha(t.http);
      await postReport(t.http, { altcha }).expect(201);
      const replay = await postReport(t.http, { altcha });
      expect(replay.status).toBe(400);
      expect(replay.body).toMatchObject({ field: 'altcha', message: expect.stringContaining('already used') });
      expect((await stored(t)).reports).toBe(1);
    });

    it('the 21st report from one address in an hour (429 with Retry-After); another address still gets through', async () => {
      const ip = '203.0.113.7';
      for (let i = 0; i < 20; i++) await postReport(t.http, { altcha: await solvedAltcha(t.http), ip }).expect(201);
      const res = await postReport(t.http, { altcha: await solvedAltcha(t.http), ip });
      expect(res.status).toBe(429);
      expect(Number(res.headers['retry-after'])).toBeGreaterThan(3000);
      expect(res.body.message).toContain('20 reports from this connection in the last hour');
      // It says when, in the minutes the Retry-After header gives.
      const minutes = Math.ceil(Number(res.headers['retry-after']) / 60);
      expect(res.body.message).toContain(`try again in ${minutes} minutes`);
      expect((await stored(t)).reports).toBe(20);
      await postReport(t.http, { altcha: await solvedAltcha(t.http), ip: '203.0.113.8' }).expect(201);
    });

    it('25 reports sent at once from one address: 20 are stored, 5 are told to wait', async () => {
      const ip = '203.0.113.9';
      const before = (await stored(t)).reports!;
      const solved = await Promise.all(Array.from({ length: 25 }, () => solvedAltcha(t.http)));
      const results = await Promise.all(solved.map((altcha) => postReport(t.http, { altcha, ip })));
      expect(results.filter((r) => r.status === 201)).toHaveLength(20);
      expect(results.filter((r) => r.status === 429)).toHaveLength(5);
      expect((await stored(t)).reports).toBe(before + 20);
    });

    it.each([
      ['description', { description: 'x'.repeat(5001) }, '5001 characters'],
      ['description', { description: 'short' }, 'at least 10'],
      ['platform', { platform: 'myspace' }, 'must be one of'],
      ['link', { link: 'javascript:alert(1)' }, 'https://'],
      ['happenedAt', { happenedAt: '2026-02-30' }, 'YYYY-MM-DD'],
      ['happenedAt', { happenedAt: '2999-01-01' }, 'future'],
      ['involved', { involved: 'y'.repeat(501) }, 'the most is 500'],
      ['reporterEmail', { reporterEmail: 'not an address', consentToContact: 'true' }, 'not an e-mail address'],
      ['consentToContact', { reporterEmail: 'a@example.org', consentToContact: 'false' }, 'tick the box'],
      ['reporterType', { reporterType: 'alien' }, 'a student, staff or someone else'],
    ])('%s: %j', async (field, fields, says) => {
      const res = await postReport(t.http, { altcha: await solvedAltcha(t.http), fields });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ field, message: expect.stringContaining(says) });
      // People read it beside the field: in the form's words, not the API's field name.
      expect(res.body.message).not.toMatch(new RegExp(`^${field}\\b`));
      expect(await stored(t)).toEqual(NOTHING);
    });

    it('six screenshots', async () => {
      const png = await textPng(['x']);
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        files: Array.from({ length: 6 }, (_, i) => ({ content: png, filename: `${i}.png` })),
      });
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ field: 'screenshots', message: expect.stringContaining('at most 5') });
      expect(await stored(t)).toEqual(NOTHING);
    });
  });

  describe('in the workflow', () => {
    async function fileOne(files = 1): Promise<{ reference: string; mentionId: string }> {
      const png = await textPng(['Screenshot of the group']);
      const res = await postReport(t.http, {
        altcha: await solvedAltcha(t.http),
        fields: { reporterEmail: 'witness@example.org', consentToContact: 'true' },
        files: Array.from({ length: files }, (_, i) => ({ content: png, filename: `${i}.png` })),
      }).expect(201);
      const [row] = await t.db.query(`SELECT id::text FROM mentions WHERE external_id = $1`, [res.body.reference]);
      return { reference: res.body.reference, mentionId: row.id };
    }

    it('is in the queue, filtered by platform report', async () => {
      const { mentionId } = await fileOne();
      await newMention(t, { text: 'OU post' });
      const { agent } = await signInAs(t, 'comms');
      const page = await agent.get('/api/mentions?platform=report').expect(200);
      expect(page.body.items.map((m: { id: string }) => m.id)).toEqual([mentionId]);
      expect(page.body.items[0].platform).toBe('report');
    });

    it('escalating puts the screenshots into the evidence and its hash; closing the case deletes the contact details', async () => {
      const { mentionId, reference } = await fileOne(2);
      const comms = await signInAs(t, 'comms');
      const { body: item } = await comms.agent.get(`/api/mentions/${mentionId}`).expect(200);
      const escalated = await comms.agent
        .post(`/api/mentions/${mentionId}/escalate`)
        .send({ reason: 'harassment reported by a witness', severity: 'high', version: item.version })
        .expect(200);

      const discipline = await signInAs(t, 'discipline');
      const { body: kase } = await discipline.agent.get(`/api/escalations/${escalated.body.escalationId}`).expect(200);
      const shots = await t.db.query(
        `SELECT s.id::text, s.sha256 FROM report_screenshots s JOIN reports r ON r.id = s.report_id
          WHERE r.mention_id = $1 ORDER BY position`,
        [mentionId],
      );
      expect(kase.evidenceVerified).toBe(true);
      expect(kase.evidence.report).toMatchObject({ reference, platform: 'whatsapp', reporterType: 'student' });
      expect(JSON.stringify(kase.evidence)).not.toContain('witness@example.org');
      expect(kase.evidence.screenshots.map((s: { id: string; sha256: string }) => [s.id, s.sha256])).toEqual(
        shots.map((s: { id: string; sha256: string }) => [s.id, s.sha256]),
      );
      // The officer can open each screenshot the evidence names.
      await discipline.agent.get(`/api/reports/screenshots/${shots[0].id}`).expect(200);

      // Stored bytes that no longer match the evidence are shown as unverified.
      await t.asOwner(`ALTER TABLE report_screenshots DISABLE TRIGGER report_screenshots_content_fixed`);
      await t.asOwner(`UPDATE report_screenshots SET content = 'tampered' WHERE id = $1`, [shots[1].id]);
      await t.asOwner(`ALTER TABLE report_screenshots ENABLE TRIGGER report_screenshots_content_fixed`);
      const tampered = await discipline.agent.get(`/api/escalations/${escalated.body.escalationId}`).expect(200);
      expect(tampered.body.evidenceVerified).toBe(false);

      await discipline.agent
        .patch(`/api/escalations/${escalated.body.escalationId}`)
        .send({ status: 'closed', outcome: 'informal_caution', version: kase.version })
        .expect(200);
      const [report] = await t.db.query(
        `SELECT reporter_email, contact_deleted_at FROM reports WHERE mention_id = $1`,
        [mentionId],
      );
      expect(report.reporter_email).toBeNull();
      expect(report.contact_deleted_at).toBeInstanceOf(Date);
    });

    it('a case on legal hold keeps the contact details when closed, until the hold is released', async () => {
      const { mentionId } = await fileOne();
      const { agent } = await signInAs(t, 'comms');
      const { body: item } = await agent.get(`/api/mentions/${mentionId}`).expect(200);
      const { body } = await agent
        .post(`/api/mentions/${mentionId}/escalate`)
        .send({ reason: 'witness may be needed', severity: 'medium', version: item.version })
        .expect(200);
      const contact = async () =>
        (await t.db.query(`SELECT reporter_email FROM reports WHERE mention_id = $1`, [mentionId]))[0].reporter_email;
      await t.db.query(`UPDATE escalations SET legal_hold = true WHERE id = $1`, [body.escalationId]);
      await t.db.query(`UPDATE escalations SET status = 'closed', outcome = 'other', closed_at = now() WHERE id = $1`, [
        body.escalationId,
      ]);
      expect(await contact()).toBe('witness@example.org');
      await t.db.query(`UPDATE escalations SET legal_hold = false WHERE id = $1`, [body.escalationId]);
      expect(await contact()).toBeNull();
    });

    it('stored screenshots cannot be rewritten by the application', async () => {
      await fileOne();
      await expect(t.db.query(`UPDATE report_screenshots SET content = 'x'`)).rejects.toThrow(/cannot change/);
    });

    it('comms link a report to an existing mention, with an audit row', async () => {
      const { mentionId } = await fileOne();
      const post = await newMention(t, { text: 'OU post' });
      const { agent } = await signInAs(t, 'comms');
      const res = await agent
        .post(`/api/reports/by-mention/${mentionId}/link`)
        .send({ mentionId: post.id })
        .expect(200);
      expect(res.body.linkedMentionId).toBe(post.id);
      const [audit] = await t.db.query(`SELECT details FROM audit_log WHERE action = 'report.link'`);
      expect(audit.details).toEqual({ linkedMentionId: post.id });
      const missing = await agent.post(`/api/reports/by-mention/${mentionId}/link`).send({ mentionId: '999999999' });
      expect(missing.status).toBe(400);
      expect(missing.body.field).toBe('mentionId');
    });

    it('two reports of the same thing link one way: a link that would close a loop is refused', async () => {
      const [a, b, c] = [await fileOne(), await fileOne(), await fileOne()];
      const { agent } = await signInAs(t, 'comms');
      const link = (from: string, to: string) =>
        agent.post(`/api/reports/by-mention/${from}/link`).send({ mentionId: to });
      await link(a.mentionId, b.mentionId).expect(200);
      await link(b.mentionId, c.mentionId).expect(200);
      for (const [from, to] of [
        [b.mentionId, a.mentionId],
        [c.mentionId, a.mentionId],
      ] as const) {
        const refused = await link(from, to).expect(400);
        expect(refused.body).toMatchObject({ field: 'mentionId', message: expect.stringMatching(/one way only/) });
      }
      const [row] = await t.db.query(`SELECT linked_mention_id::text AS linked FROM reports WHERE mention_id = $1`, [
        c.mentionId,
      ]);
      expect(row.linked).toBeNull();
    });

    it('the reporter is visible to comms and discipline, never to managers', async () => {
      const { mentionId } = await fileOne();
      for (const role of ['comms', 'discipline', 'admin'] as const) {
        const agent = await signIn(t, await createUser(t, role));
        const res = await agent.get(`/api/reports/by-mention/${mentionId}`).expect(200);
        expect(res.body.reporterEmail).toBe('witness@example.org');
      }
      const manager = await signIn(t, await createUser(t, 'manager'));
      await manager.get(`/api/reports/by-mention/${mentionId}`).expect(403);
    });
  });
});

async function waitFor(condition: () => boolean, ms = 10_000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('timed out waiting');
    await new Promise((r) => setTimeout(r, 50));
  }
}
