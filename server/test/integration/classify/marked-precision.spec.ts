import type { CategoryCode, ClassifierPrecisionView } from '@ou-listening/shared';
import type { Agent } from 'supertest';
import { signInAs } from '../../support/auth';
import { newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

type MarkBody = { mark: string; categories?: CategoryCode[] };

describe('GET /api/classify/precision: precision as staff marks record it', () => {
  let t: TestApp;
  let comms: Agent;
  beforeAll(async () => {
    t = await newTestApp();
    comms = (await signInAs(t, 'comms')).agent;
  });
  afterAll(() => t.close());

  async function flaggedAndMarked(categories: CategoryCode[], ...marks: MarkBody[]): Promise<string> {
    const { id, version } = await newMention(t, {
      categories: categories.map((category) => ({ category, score: 0.9 })),
    });
    let v = version;
    for (const mark of marks) {
      const res = await comms
        .post(`/api/mentions/${id}/mark`)
        .send({ ...mark, version: v })
        .expect(200);
      v = (res.body as { version: number }).version;
    }
    return id;
  }

  function window(view: ClassifierPrecisionView, days: number, category: CategoryCode) {
    return view.windows.find((w) => w.days === days)!.categories.find((c) => c.category === category)!;
  }

  it('counts each flagged mention once, by its latest mark, per category it was flagged under', async () => {
    const admin = (await signInAs(t, 'admin')).agent;
    const before = (await admin.get('/api/classify/precision').expect(200)).body as ClassifierPrecisionView;
    expect(window(before, 30, 'litigation')).toEqual({
      category: 'litigation',
      confirmed: 0,
      falsePositives: 0,
      precision: null,
    });

    // Litigation: two confirmed (one by a plain mark, one by a correction naming it), one false positive.
    await flaggedAndMarked(['litigation'], { mark: 'no_action' });
    await flaggedAndMarked(['litigation'], { mark: 'needs_follow_up', categories: ['litigation'] });
    await flaggedAndMarked(['litigation'], { mark: 'false_positive' });
    // A mention first marked false positive, then corrected: only the latest mark counts.
    await flaggedAndMarked(['disrepute'], { mark: 'false_positive' }, { mark: 'no_action', categories: ['disrepute'] });
    // A correction that moves a post from one category to another: wrong for one, right for the other.
    await flaggedAndMarked(['confidential', 'personal_data'], { mark: 'no_action', categories: ['personal_data'] });
    // Flagged but never marked: not counted either way.
    await newMention(t, { categories: [{ category: 'litigation', score: 0.95 }] });

    const view = (await admin.get('/api/classify/precision').expect(200)).body as ClassifierPrecisionView;
    expect(view.windows.map((w) => w.days)).toEqual([30, 90]);
    expect(window(view, 30, 'litigation')).toEqual({
      category: 'litigation',
      confirmed: 2,
      falsePositives: 1,
      precision: 2 / 3,
    });
    expect(window(view, 30, 'disrepute')).toMatchObject({ confirmed: 1, falsePositives: 0, precision: 1 });
    expect(window(view, 30, 'confidential')).toMatchObject({ confirmed: 0, falsePositives: 1, precision: 0 });
    expect(window(view, 30, 'personal_data')).toMatchObject({ confirmed: 1, falsePositives: 0 });
    expect(window(view, 90, 'litigation')).toMatchObject({ confirmed: 2, falsePositives: 1 });
  });

  it('leaves out marks older than the window and marks on demo mentions', async () => {
    const admin = (await signInAs(t, 'admin')).agent;
    const old = await flaggedAndMarked(['academic_misconduct'], { mark: 'false_positive' });
    await t.db.query(`UPDATE mention_marks SET created_at = now() - interval '45 days' WHERE mention_id = $1`, [old]);
    const demo = await flaggedAndMarked(['academic_misconduct'], { mark: 'false_positive' });
    await t.db.query(`UPDATE mentions SET is_demo = true WHERE id = $1`, [demo]);

    const view = (await admin.get('/api/classify/precision').expect(200)).body as ClassifierPrecisionView;
    expect(window(view, 30, 'academic_misconduct')).toMatchObject({ confirmed: 0, falsePositives: 0, precision: null });
    expect(window(view, 90, 'academic_misconduct')).toMatchObject({ confirmed: 0, falsePositives: 1, precision: 0 });
  });

  it('shows the last sealed-set figures, saying whether they were measured on the model in use', async () => {
    const admin = (await signInAs(t, 'admin')).agent;
    const view = (await admin.get('/api/classify/precision').expect(200)).body as ClassifierPrecisionView;
    const model = (await admin.get('/api/classify/model').expect(200)).body as { modelVersion: string };
    if (view.sealed === null) {
      expect(view.sealedIsForAnotherModel).toBe(false);
    } else {
      expect(view.sealed.categories.map((c) => c.category)).toContain('threat');
      expect(view.sealedIsForAnotherModel).toBe(view.sealed.modelVersion !== model.modelVersion);
    }
  });
});
