import path from 'node:path';
import { ConfigError, loadConfig } from './app-config';

function problemsOf(env: Record<string, string>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.problems;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('defaults to port 3000 and an embedded database under ./.data', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.dataDir).toBe(path.resolve('.data'));
    expect(config.nodeEnv).toBe('development');
  });

  it('takes PORT, DATABASE_URL and DATA_DIR from the environment', () => {
    const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u:p@db:5432/ou', DATA_DIR: '/var/lib/ou' });
    expect(config.port).toBe(8080);
    expect(config.databaseUrl).toBe('postgres://u:p@db:5432/ou');
    expect(config.dataDir).toBe('/var/lib/ou');
  });

  it.each(['abc', '0', '70000', '3000.5', '-1'])('rejects PORT=%s, naming the variable', (port) => {
    expect(problemsOf({ PORT: port })).toEqual([expect.stringMatching(/^PORT must be a whole number/)]);
  });

  it.each([
    ['not a url', /DATABASE_URL is not a URL/],
    ['mysql://u:p@db/ou', /DATABASE_URL must start with postgres:\/\//],
    ['postgres://db:5432', /DATABASE_URL must name a host and a database/],
  ])('rejects DATABASE_URL=%s', (url, message) => {
    expect(problemsOf({ DATABASE_URL: url })).toEqual([expect.stringMatching(message)]);
  });

  it('digests non-urgent escalations after 60 minutes unless ESCALATION_DIGEST_MINUTES says otherwise', () => {
    expect(loadConfig({}).notify.digestMinutes).toBe(60);
    expect(loadConfig({ ESCALATION_DIGEST_MINUTES: '0' }).notify.digestMinutes).toBe(0);
    expect(problemsOf({ ESCALATION_DIGEST_MINUTES: '1441' })).toEqual([
      expect.stringMatching(/^ESCALATION_DIGEST_MINUTES must be a whole number from 0 to 1440/),
    ]);
  });

  it('keeps the retention schedule of issue 18 by default, and takes each class from its variable', () => {
    const { retention } = loadConfig({});
    expect(retention.days).toEqual({
      harmless: 30,
      flagged: 365,
      acted: 365,
      closedCase: 2192,
      auditLog: 2557,
      rawPayload: 7,
    });
    expect(retention.deletionCheckDays).toBe(30);
    expect(loadConfig({ RETENTION_HARMLESS_DAYS: '14' }).retention.days.harmless).toBe(14);
    expect(loadConfig({ NODE_ENV: 'test' }).retention.job).toBe(false);
    expect(loadConfig({ RETENTION_JOB: 'on', NODE_ENV: 'test' }).retention.job).toBe(true);
  });

  it.each(['0', 'thirty', '36501', '1.5'])('rejects RETENTION_RAW_PAYLOAD_DAYS=%s', (value) => {
    expect(problemsOf({ RETENTION_RAW_PAYLOAD_DAYS: value })).toEqual([
      expect.stringMatching(/^RETENTION_RAW_PAYLOAD_DAYS must be a whole number of days from 1 to 36500/),
    ]);
  });

  it('refuses a schedule that keeps acted-on posts for less time than harmless ones', () => {
    expect(problemsOf({ RETENTION_HARMLESS_DAYS: '90', RETENTION_ACTED_DAYS: '30' })).toEqual([
      'RETENTION_ACTED_DAYS must not be shorter than RETENTION_HARMLESS_DAYS',
    ]);
  });

  it('polls Mastodon on each MASTODON_URL instance, and sends requests to MASTODON_BASE_URL when set', () => {
    expect(loadConfig({}).ingest.mastodon).toBeUndefined();
    const config = loadConfig({
      MASTODON_URL: 'https://mastodon.social/, https://mastodon.ac.uk',
      MASTODON_TOKEN: ' t0ken ',
    });
    expect(config.ingest.mastodon).toEqual({
      instances: ['https://mastodon.social', 'https://mastodon.ac.uk'],
      baseUrl: undefined,
      token: 't0ken',
    });
    expect(config.ingest.demo).toBe(false);
    expect(loadConfig({ MASTODON_BASE_URL: 'http://127.0.0.1:4010' }).ingest.mastodon).toEqual({
      instances: ['http://127.0.0.1:4010'],
      baseUrl: 'http://127.0.0.1:4010',
      token: undefined,
    });
  });

  it('refuses a Mastodon instance that is not an http(s) URL, and a token without an instance', () => {
    expect(problemsOf({ MASTODON_URL: 'https://mastodon.social,mastodon.ac.uk' })).toEqual([
      expect.stringMatching(/^MASTODON_URL is not a URL .*"mastodon.ac.uk"/),
    ]);
    expect(problemsOf({ MASTODON_URL: 'ftp://mastodon.social' })).toEqual([
      expect.stringMatching(/^MASTODON_URL must start with http/),
    ]);
    expect(problemsOf({ MASTODON_TOKEN: 'abc' })).toEqual([
      expect.stringMatching(/^MASTODON_TOKEN is set but MASTODON_URL/),
    ]);
  });

  it('logs in to Bluesky with BLUESKY_HANDLE and BLUESKY_APP_PASSWORD together, keeping the session under DATA_DIR', () => {
    expect(loadConfig({}).ingest.bluesky).toBeUndefined();
    const config = loadConfig({
      BLUESKY_HANDLE: '@ou-listening.bsky.social',
      BLUESKY_APP_PASSWORD: 'abcd-efgh-ijkl-mnop',
      DATA_DIR: '/var/lib/ou',
    });
    expect(config.ingest.bluesky).toEqual({
      handle: 'ou-listening.bsky.social',
      appPassword: 'abcd-efgh-ijkl-mnop',
      serviceUrl: 'https://bsky.social',
      sessionFile: '/var/lib/ou/bluesky-session.json',
    });
    expect(config.ingest.demo).toBe(false);
    expect(
      loadConfig({
        BLUESKY_HANDLE: 'a.bsky.social',
        BLUESKY_APP_PASSWORD: 'p',
        BLUESKY_BASE_URL: 'http://127.0.0.1:4020/',
      }).ingest.bluesky?.serviceUrl,
    ).toBe('http://127.0.0.1:4020');
  });

  it('refuses half a Bluesky login, a malformed handle and a bad BLUESKY_BASE_URL', () => {
    expect(problemsOf({ BLUESKY_HANDLE: 'a.bsky.social' })).toEqual([
      expect.stringMatching(/^BLUESKY_HANDLE is set but BLUESKY_APP_PASSWORD is not/),
    ]);
    expect(problemsOf({ BLUESKY_APP_PASSWORD: 'p' })).toEqual([
      expect.stringMatching(/^BLUESKY_APP_PASSWORD is set but BLUESKY_HANDLE is not/),
    ]);
    expect(problemsOf({ BLUESKY_HANDLE: 'not a handle', BLUESKY_APP_PASSWORD: 'p' })).toEqual([
      expect.stringMatching(/^BLUESKY_HANDLE must be a handle/),
    ]);
    expect(
      problemsOf({ BLUESKY_HANDLE: 'a.bsky.social', BLUESKY_APP_PASSWORD: 'p', BLUESKY_BASE_URL: 'bsky.social' }),
    ).toEqual([expect.stringMatching(/^BLUESKY_BASE_URL is not a URL/)]);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'x', DATABASE_URL: 'nope', NODE_ENV: 'staging' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/NODE_ENV[\s\S]*PORT[\s\S]*DATABASE_URL/);
  });
});
