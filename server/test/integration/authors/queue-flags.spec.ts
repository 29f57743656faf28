import type { MentionPage } from '@ou-listening/shared';
import { AuthorsService } from '../../../src/authors/authors.service';
import { type SignedIn, signInAs } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

/**
 * The queue raises what the accounts feature knows about an author (issue 16 §4–5): a mention from
 * a watched author, and one from an account posing as the OU (policy 5.2), each carries its flag
 * and can be filtered to, in the list and in the summary's total.
 */
describe('the queue shows and filters watched authors and impersonation', () => {
  let t: TestApp;
  let comms: SignedIn;
  let watched: { id: string };
  let posing: { id: string };
  let plain: { id: string };

  const ids = async (query: string) =>
    ((await comms.agent.get(`/api/mentions?${query}`).expect(200)).body as MentionPage).items.map((m) => m.id).sort();

  beforeAll(async () => {
    t = await newTestApp({ env: { DEMO: 'off' } });
    comms = await signInAs(t, 'comms');
    await newMention(t, { platform: 'x', authorId: '6001', authorHandle: 'serial_troll', text: 'Before watching' });
    await comms.agent.put('/api/authors/x/6001/watch').send({ reason: 'Repeated abuse' }).expect(200);
    watched = await newMention(t, { platform: 'x', authorId: '6001', authorHandle: 'serial_troll', text: 'Again' });
    posing = await newMention(t, {
      platform: 'x',
      authorId: '6002',
      authorHandle: 'OU_Admissions_Help',
      text: 'DM us your card details',
    });
    plain = await newMention(t, { platform: 'x', authorId: '6003', authorHandle: 'k101_student', text: 'Exams!' });
    await t.app.get(AuthorsService).flagImpersonation();
  }, 400_000);
  afterAll(async () => {
    await t.close();
  });

  it('each queue item says whether its author is watched or posing as the OU', async () => {
    const items = ((await comms.agent.get('/api/mentions?sort=newest').expect(200)).body as MentionPage).items;
    const byId = Object.fromEntries(items.map((m) => [m.id, [m.watchedAuthor, m.impersonation]]));
    expect(byId[watched.id]).toEqual([true, null]);
    expect(byId[posing.id]).toEqual([false, 'OU']);
    expect(byId[plain.id]).toEqual([false, null]);
    const detail = (await comms.agent.get(`/api/mentions/${posing.id}`).expect(200)).body;
    expect(detail).toMatchObject({ watchedAuthor: false, impersonation: 'OU' });
  });

  it('filters to watched authors, to impersonation, and to both', async () => {
    expect(await ids('watchedAuthor=true')).toEqual([watched.id]);
    expect(await ids('impersonation=true')).toEqual([posing.id]);
    expect(await ids('watchedAuthor=true&impersonation=true')).toEqual([]);
    expect((await ids('watchedAuthor=false')).length).toBe(4);
    const summary = (await comms.agent.get('/api/mentions/summary?impersonation=true').expect(200)).body;
    expect(summary.total).toBe(1);
  });

  it('refuses a flag filter that is not true or false with a clear 400', async () => {
    const res = await comms.agent.get('/api/mentions?watchedAuthor=maybe').expect(400);
    expect(JSON.stringify(res.body.message)).toMatch(/watchedAuthor must be true or false/);
    const other = await comms.agent.get('/api/mentions/summary?impersonation=OU').expect(400);
    expect(JSON.stringify(other.body.message)).toMatch(/impersonation must be true or false/);
  });
});
