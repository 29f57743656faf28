import { createServer, type Server } from 'node:http';
import { GraphClient, graphTime, readUsage } from './graph-client';

/** The Graph client's reading of answers, against a local server that answers as Graph does. */
describe('GraphClient', () => {
  let server: Server;
  let url: string;
  let next: { status: number; body: unknown; headers?: Record<string, string> };

  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(JSON.stringify(next.body));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/v21.0`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const client = () => new GraphClient(url, 'token');

  it('reads the highest usage percentage from X-App-Usage and X-Business-Use-Case-Usage', () => {
    const headers = new Headers({
      'x-app-usage': JSON.stringify({ call_count: 40, total_cputime: 10, total_time: 12 }),
      'x-business-use-case-usage': JSON.stringify({
        '100200300': [{ type: 'pages', call_count: 96, total_time: 20, estimated_time_to_regain_access: 7 }],
      }),
    });
    expect(readUsage(headers)).toEqual({ percent: 96, regainMinutes: 7 });
    expect(readUsage(new Headers({ 'x-app-usage': 'not json' }))).toEqual({ percent: null, regainMinutes: null });
  });

  it('a throttling code (4, 17, 32, 613) is a rate limit, waiting as long as the usage header says', async () => {
    next = {
      status: 400,
      body: { error: { message: 'Page request limit reached', code: 32 } },
      headers: {
        'x-business-use-case-usage': JSON.stringify({
          '1': [{ call_count: 100, estimated_time_to_regain_access: 12 }],
        }),
      },
    };
    const answer = await client().get('1/feed', {});
    expect(answer.ok).toBe(false);
    if (answer.ok || answer.kind !== 'rate_limited') throw new Error('expected a rate limit');
    const minutes = (answer.retryAt.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(11.9);
    expect(minutes).toBeLessThan(12.1);
  });

  it('a 5xx or a transient error is retryable; an expired token is not', async () => {
    next = {
      status: 500,
      body: { error: { message: 'Service temporarily unavailable', code: 2, is_transient: true } },
    };
    expect(await client().post('1_2', { is_hidden: 'true' })).toMatchObject({
      ok: false,
      kind: 'failed',
      retryable: true,
    });
    next = { status: 400, body: { error: { message: 'Error validating access token', code: 190 } } };
    expect(await client().get('1/feed', {})).toMatchObject({
      ok: false,
      kind: 'failed',
      retryable: false,
      code: 190,
    });
  });

  it('a body that is not JSON is a failure, not a crash', async () => {
    next = { status: 502, body: '<html>Bad gateway</html>' };
    server.removeAllListeners('request');
    server.on('request', (_req, res) => {
      res.writeHead(502, { 'content-type': 'text/html' });
      res.end('<html>Bad gateway</html>');
    });
    expect(await client().get('1/feed', {})).toMatchObject({ ok: false, retryable: true, status: 502 });
  });

  it("reads Graph's times, which have no colon in the offset", () => {
    expect(graphTime('2026-11-30T10:00:00+0000')?.toISOString()).toBe('2026-11-30T10:00:00.000Z');
    expect(graphTime('yesterday')).toBeNull();
    expect(graphTime(12)).toBeNull();
  });
});
