import { Logger } from '@nestjs/common';
import supertest from 'supertest';
import { Clock } from '../../../src/common/clock';
import { ClassifierModelsRepository } from '../../../src/classify/classifier-models.repository';
import { ClassifierService, storedScoresOf } from '../../../src/classify/classifier.service';
import { classifierCodeHash, compressModel, decompressModel } from '../../../src/classify/model-cache';
import { getModel, probabilitiesOf } from '../../../src/classify/model';
import { createUser } from '../../support/auth';
import { freePort, spawnServer, waitFor } from '../../support/server-process';
import { newTestApp, type TestApp } from '../../support/test-app';

/** Posts of several kinds, to compare a loaded model's scores with the stored one's. */
const POSTS = [
  "My flatmate said she's going to end it tonight, what do I do",
  "Here is my OU tutor's home number, 07911 123456, if anyone needs her",
  'A friend on the finance committee says the redundancy figures go out next week',
  'Lovely tutorial today, thanks to everyone who came',
  'Considering my legal options after the way my appeal was handled',
];

const bytesOf = (array: Float32Array) => Buffer.from(array.buffer, array.byteOffset, array.byteLength);

describe('a trained model kept with its weights in classifier_models', () => {
  let t: TestApp;

  const activeRow = async () => {
    const [row] = await t.db.query(
      `SELECT version, corrections_used AS "correctionsUsed", promoted, active, weights, code_hash AS "codeHash"
       FROM classifier_models WHERE active`,
    );
    return row;
  };

  /** A second server starting on the same database: the service's own start-up hook. */
  const startReplica = async () => {
    const replica = new ClassifierService(t.app.get(ClassifierModelsRepository), t.app.get(Clock));
    await replica.onModuleInit();
    return replica;
  };

  const withCacheDir = async <T>(setting: string, work: () => Promise<T>): Promise<T> => {
    const previous = process.env.CLASSIFIER_CACHE_DIR;
    process.env.CLASSIFIER_CACHE_DIR = setting;
    try {
      return await work();
    } finally {
      if (previous === undefined) delete process.env.CLASSIFIER_CACHE_DIR;
      else process.env.CLASSIFIER_CACHE_DIR = previous;
    }
  };

  beforeAll(async () => {
    t = await newTestApp();
  });
  afterAll(() => t.close());
  afterEach(() => jest.restoreAllMocks());

  it('records the corpus-only model a new database starts with as the active row, with its weights', async () => {
    const inUse = t.app.get(ClassifierService).current();
    const row = await activeRow();
    expect(row).toMatchObject({
      version: inUse.version,
      correctionsUsed: 0,
      promoted: true,
      active: true,
      codeHash: classifierCodeHash(),
    });
    // Compressed: far below the 29 MB of 2^20 x 7 float32 weights.
    expect(row.weights.length).toBeLessThan(8_000_000);
    const stored = decompressModel(row.weights)!;
    expect(stored.version).toBe(inUse.version);
    expect(stored.trainedAt).toEqual(inUse.trainedAt);
    expect(stored.params).toEqual(inUse.params);
    // Every one of the 7.3 million weights, bit for bit (compared as bytes: toEqual takes seconds here).
    expect(bytesOf(stored.logistic.weights).equals(bytesOf(inUse.logistic.weights))).toBe(true);
    expect(stored.logistic.bias).toEqual(inUse.logistic.bias);
  });

  it('loads the active model from its row at start, without training it, and it scores posts the same', async () => {
    const inUse = t.app.get(ClassifierService).current();
    // Stamp the stored model with a training time no training run can produce: a server that
    // reports it has read the row, not trained nor found the model elsewhere.
    const stamped = { ...inUse, trainedAt: new Date('2001-02-03T04:05:06.789Z'), trainingMs: 1 };
    await t.db.query(`UPDATE classifier_models SET weights = $1 WHERE version = $2`, [
      compressModel(stamped),
      inUse.version,
    ]);

    const replica = await withCacheDir('off', startReplica);

    const loaded = replica.current();
    expect(loaded.version).toBe(inUse.version);
    expect(loaded.trainedAt).toEqual(stamped.trainedAt);
    expect(loaded.trainingMs).toBe(1);
    expect(replica.describe()).toEqual({
      ...t.app.get(ClassifierService).describe(),
      trainedAt: '2001-02-03T04:05:06.789Z',
    });
    for (const text of POSTS) {
      expect(replica.classify(text)).toEqual(t.app.get(ClassifierService).classify(text));
      expect(probabilitiesOf(loaded, text)).toEqual(probabilitiesOf(inUse, text));
    }
    // The periodic check finds nothing new.
    expect(await replica.refresh()).toBe(false);
  });

  it('starts a second server process from the stored row, with no disk cache, and that process reports and uses the stored model', async () => {
    // Stamped with a training time no training run can produce, as above.
    const inUse = t.app.get(ClassifierService).current();
    await t.db.query(`UPDATE classifier_models SET weights = $1 WHERE version = $2`, [
      compressModel({ ...inUse, trainedAt: new Date('2002-03-04T05:06:07.890Z'), trainingMs: 1 }),
      inUse.version,
    ]);
    const admin = await createUser(t, 'admin');
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const server = spawnServer({
      PORT: String(port),
      DATABASE_URL: t.databaseUrl,
      CLASSIFIER_CACHE_DIR: 'off',
      ADMIN_BOOTSTRAP: 'off',
      DEMO: 'off',
      INGEST_SCHEDULER: 'off',
      SPIKE_ALERTS: 'off',
    });
    try {
      await waitFor(async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined), 60_000, 'the server');
      expect(server.output()).toContain(`loaded model ${inUse.version} from its row`);
      expect(server.output()).not.toMatch(/training it|rebuilt as/);
      const agent = supertest.agent(base);
      await agent.post('/api/auth/login').send({ email: admin.email, password: admin.password }).expect(200);
      const view = await agent.get('/api/classify/model').expect(200);
      expect(view.body).toMatchObject({ modelVersion: inUse.version, trainedAt: '2002-03-04T05:06:07.890Z' });
      for (const text of POSTS) {
        const scored = await agent.post('/api/classify').send({ text }).expect(200);
        expect(scored.body).toEqual(JSON.parse(JSON.stringify(t.app.get(ClassifierService).classify(text))));
      }
    } finally {
      server.child.kill('SIGTERM');
      await server.exited;
    }
  });

  it.each([
    ['unreadable', `UPDATE classifier_models SET weights = '\\xdeadbeef'::bytea WHERE active`, /unreadable/],
    [
      'stored by other classifier code',
      `UPDATE classifier_models SET code_hash = 'not-this-code' WHERE active`,
      /other classifier code/,
    ],
  ])('trains the model at start when its stored weights are %s, and stores its own', async (_case, tamper, said) => {
    await t.db.query(tamper);
    const warn = jest.spyOn(Logger.prototype, 'warn');

    const replica = await startReplica();

    const row = await activeRow();
    expect(replica.current().version).toBe(row.version);
    // The model trained in this process (getModel, from the disk cache here), not one from the row.
    expect(replica.current()).toBe(getModel());
    expect(warn.mock.calls.filter(([message]) => said.test(String(message)))).toHaveLength(1);
    for (const text of POSTS) {
      expect(replica.classify(text)).toEqual(t.app.get(ClassifierService).classify(text));
    }
    // Written back, so the next start loads them.
    expect(row.codeHash).toBe(classifierCodeHash());
    expect(decompressModel(row.weights)?.version).toBe(row.version);
    const next = await withCacheDir('off', startReplica);
    expect(next.current()).not.toBe(getModel());
    expect(next.current().trainedAt).toEqual(getModel().trainedAt);
  });

  it("records the model an older release's active row rebuilds as under this code as the active row, with its weights", async () => {
    const current = getModel();
    await t.db.query(`DELETE FROM classifier_models`);
    await t.db.query(
      `INSERT INTO classifier_models (version, corrections_used, corrections, scores, promoted, active)
       VALUES ('lr-0-0123456789ab', 0, '[]'::jsonb, $1::jsonb, true, true)`,
      [JSON.stringify(storedScoresOf(current))],
    );

    const replica = await startReplica();

    expect(replica.current().version).toBe(current.version);
    const rows = await t.db.query(
      `SELECT version, active, promoted, corrections_used AS "correctionsUsed", code_hash AS "codeHash", weights
       FROM classifier_models ORDER BY version`,
    );
    expect(rows.map(({ weights: _weights, ...row }: { weights: Buffer }) => row)).toEqual([
      { version: 'lr-0-0123456789ab', active: false, promoted: true, correctionsUsed: 0, codeHash: null },
      { version: current.version, active: true, promoted: true, correctionsUsed: 0, codeHash: classifierCodeHash() },
    ]);
    expect(decompressModel(rows[1].weights)?.version).toBe(current.version);
    // It follows the row it recorded: the periodic check finds nothing new.
    expect(await replica.refresh()).toBe(false);
  });
});
