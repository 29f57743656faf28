import type { Role } from '@ou-listening/shared';
import supertest from 'supertest';
import { signInAs } from '../../support/auth';
import { auditRowsFor, newMention } from '../../support/mentions-factory';
import { newTestApp, type TestApp } from '../../support/test-app';

/** Managers see aggregates and discipline officers see cases: neither sees nor works the queue. */
describe('who may use the triage API', () => {
  let t: TestApp;
  let mentionId: string;

  beforeAll(async () => {
    t = await newTestApp();
    mentionId = (await newMention(t, { categories: [{ category: 'safeguarding', score: 0.9 }] })).id;
  });
  afterAll(() => t.close());

  const requests = (): [string, string, object | undefined][] => [
    ['get', '/api/mentions', undefined],
    ['get', '/api/mentions/summary', undefined],
    ['post', '/api/mentions/seen', undefined],
    ['get', `/api/mentions/${mentionId}`, undefined],
    ['post', `/api/mentions/${mentionId}/hide`, { reason: 'x', version: 1 }],
    ['post', `/api/mentions/${mentionId}/unhide`, { version: 1 }],
    ['post', `/api/mentions/${mentionId}/escalate`, { reason: 'x', severity: 'low', version: 1 }],
    ['post', `/api/mentions/${mentionId}/mark`, { mark: 'no_action', version: 1 }],
    ['post', `/api/mentions/${mentionId}/assign`, { userId: null }],
    ['post', `/api/mentions/${mentionId}/notes`, { body: 'x' }],
    ['post', '/api/mentions/bulk', { ids: [mentionId], action: 'hide', reason: 'x' }],
  ];

  it.each(['manager', 'discipline'] as Role[])('%s gets 403 on every route, and nothing changes', async (role) => {
    const { agent } = await signInAs(t, role);
    for (const [method, path, body] of requests()) {
      const res = await (method === 'get' ? agent.get(path) : agent.post(path).send(body));
      expect({ method, path, status: res.status }).toEqual({ method, path, status: 403 });
    }
    expect(await auditRowsFor(t, mentionId)).toEqual([]);
    const [row] = await t.db.query(`SELECT status, version FROM mentions WHERE id = $1`, [mentionId]);
    expect(row).toEqual({ status: 'new', version: 1 });
  });

  it('without a session every route is a 401', async () => {
    const agent = supertest.agent(t.app.getHttpServer());
    for (const [method, path, body] of requests()) {
      const res = await (method === 'get' ? agent.get(path) : agent.post(path).send(body));
      expect({ path, status: res.status }).toEqual({ path, status: 401 });
    }
  });

  it.each(['comms', 'admin'] as Role[])('%s reads the queue and the mention', async (role) => {
    const { agent } = await signInAs(t, role);
    const list = await agent.get('/api/mentions').expect(200);
    expect(list.body.items.map((i: { id: string }) => i.id)).toEqual([mentionId]);
    await agent.get(`/api/mentions/${mentionId}`).expect(200);
    await agent.get('/api/mentions/summary').expect(200);
  });

  it('the OpenAPI document describes the triage routes and shapes', async () => {
    const { agent } = await signInAs(t, 'admin');
    const res = await agent.get('/api/docs-json');
    expect(res.status).toBe(200);
    const doc = res.body as { paths: Record<string, unknown>; components: { schemas: Record<string, unknown> } };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/api/mentions',
        '/api/mentions/summary',
        '/api/mentions/seen',
        '/api/mentions/bulk',
        '/api/mentions/{id}',
        '/api/mentions/{id}/hide',
        '/api/mentions/{id}/unhide',
        '/api/mentions/{id}/escalate',
        '/api/mentions/{id}/mark',
        '/api/mentions/{id}/assign',
        '/api/mentions/{id}/notes',
      ]),
    );
    expect(Object.keys(doc.components.schemas)).toEqual(
      expect.arrayContaining(['MentionPageDto', 'MentionListItemDto', 'MentionDetailDto', 'MentionConflictDto']),
    );
  });

  it('the OpenAPI document lists the refusals a change can answer, not only its success', async () => {
    const { agent } = await signInAs(t, 'admin');
    const doc = (await agent.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, unknown> }>>;
    };
    const answers = (path: string, method: string) => Object.keys(doc.paths[path]?.[method]?.responses ?? {}).sort();
    expect(answers('/api/mentions/{id}/reply', 'post')).toEqual(['200', '400', '409', '422']);
    expect(answers('/api/mentions/{id}/assign', 'post')).toEqual(['200', '400']);
    expect(answers('/api/sources', 'post')).toEqual(['201', '400', '409']);
    expect(answers('/api/watch-queries/{id}', 'patch')).toEqual(['200', '400', '404', '409']);
    expect(answers('/api/escalations/{id}', 'patch')).toEqual(['200', '400', '409']);
    expect(answers('/api/escalations/{id}/reopen', 'post')).toEqual(['200', '409']);
    expect(answers('/api/authors/{platform}/{authorId}/reports', 'post')).toEqual(['201', '400', '404']);
    expect(doc.paths['/api/sources']?.post?.responses['409']).toEqual({
      description: 'A source of that name already exists',
    });
    expect(answers('/api/watch-queries', 'post')).toEqual(['201', '400', '409']);
    expect(doc.paths['/api/watch-queries']?.post?.responses['409']).toEqual({
      description: 'A watch query of that name already exists',
    });
  });

  it('the OpenAPI document gives a case its full shape: evidence snapshot, hash check, notes', async () => {
    const { agent } = await signInAs(t, 'admin');
    type Schema = { properties?: Record<string, { $ref?: string; items?: { $ref?: string } }>; allOf?: Schema[] };
    const doc = (await agent.get('/api/docs-json').expect(200)).body as {
      paths: Record<string, Record<string, { responses: Record<string, { content?: unknown }> }>>;
      components: { schemas: Record<string, Schema> };
    };
    const okSchema = (path: string, method: string) =>
      JSON.stringify(doc.paths[path]?.[method]?.responses['200']?.content ?? null);
    for (const [path, method] of [
      ['/api/escalations/{id}', 'get'],
      ['/api/escalations/{id}', 'patch'],
      ['/api/escalations/{id}/reopen', 'post'],
    ] as const) {
      expect(okSchema(path, method)).toContain('#/components/schemas/EscalationDetailDto');
    }
    const detail = doc.components.schemas.EscalationDetailDto!;
    const own = { ...detail.properties, ...Object.assign({}, ...(detail.allOf ?? []).map((s) => s.properties)) };
    expect(own.evidence?.$ref).toBe('#/components/schemas/EvidenceSnapshotDto');
    expect(own.notes?.items?.$ref).toBe('#/components/schemas/MentionNoteDto');
    expect(Object.keys(own)).toEqual(
      expect.arrayContaining(['evidenceSha256', 'evidenceVerified', 'legalHold', 'mention', 'clock', 'severity']),
    );
    expect(Object.keys(doc.components.schemas.EvidenceSnapshotDto?.properties ?? {})).toEqual(
      expect.arrayContaining(['text', 'postedAt', 'classifications', 'capturedAt', 'capturedBy', 'screenshots']),
    );
    // One screenshot shape: a report's view is the evidence one plus what OCR read.
    expect(doc.components.schemas.EvidenceSnapshotDto?.properties?.screenshots?.items?.$ref).toBe(
      '#/components/schemas/EvidenceScreenshotDto',
    );
    const reportShot = JSON.stringify(doc.components.schemas.ReportScreenshotViewDto);
    expect(reportShot).toContain('ocrText');
    expect(reportShot).toContain('image/webp');
  });
});
