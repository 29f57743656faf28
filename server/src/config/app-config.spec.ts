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

  it('polls Reddit with REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET and a descriptive REDDIT_USER_AGENT together', () => {
    expect(loadConfig({}).ingest.reddit).toBeUndefined();
    const agent = 'server:ou-social-listening:1.0 (by /u/ou_comms)';
    const config = loadConfig({ REDDIT_CLIENT_ID: 'id', REDDIT_CLIENT_SECRET: 'secret', REDDIT_USER_AGENT: agent });
    expect(config.ingest.reddit).toEqual({
      clientId: 'id',
      clientSecret: 'secret',
      userAgent: agent,
      baseUrl: 'https://oauth.reddit.com',
      tokenUrl: 'https://www.reddit.com/api/v1/access_token',
      subreddits: ['OpenUniversity'],
    });
    expect(config.ingest.demo).toBe(false);
    const faked = loadConfig({
      REDDIT_CLIENT_ID: 'id',
      REDDIT_CLIENT_SECRET: 'secret',
      REDDIT_USER_AGENT: agent,
      REDDIT_BASE_URL: 'http://127.0.0.1:4030/',
      REDDIT_SUBREDDITS: 'r/OpenUniversity, OUStudents',
    }).ingest.reddit;
    expect(faked).toMatchObject({
      baseUrl: 'http://127.0.0.1:4030',
      tokenUrl: 'http://127.0.0.1:4030/api/v1/access_token', // the fake answers for tokens too
      subreddits: ['OpenUniversity', 'OUStudents'],
    });
  });

  it('refuses part of the Reddit credentials, a generic user agent and a bad subreddit name', () => {
    expect(problemsOf({ REDDIT_CLIENT_ID: 'id' })).toEqual([
      expect.stringMatching(/^REDDIT_CLIENT_SECRET, REDDIT_USER_AGENT must be set too/),
    ]);
    expect(
      problemsOf({ REDDIT_CLIENT_ID: 'id', REDDIT_CLIENT_SECRET: 's', REDDIT_USER_AGENT: 'node-fetch/1.0' }),
    ).toEqual([expect.stringMatching(/^REDDIT_USER_AGENT must say who runs the client/)]);
    expect(problemsOf({ REDDIT_SUBREDDITS: 'OpenUniversity, not a sub!' })).toEqual([
      expect.stringMatching(/^REDDIT_SUBREDDITS must be subreddit names .*"not a sub!"/),
    ]);
  });

  it('polls YouTube with YOUTUBE_API_KEY, within YOUTUBE_DAILY_QUOTA units a day', () => {
    expect(loadConfig({}).ingest.youtube).toBeUndefined();
    expect(loadConfig({ YOUTUBE_API_KEY: 'key' }).ingest.youtube).toEqual({
      apiKey: 'key',
      baseUrl: 'https://youtube.googleapis.com/',
      dailyQuota: 10_000,
    });
    expect(
      loadConfig({ YOUTUBE_API_KEY: 'key', YOUTUBE_BASE_URL: 'http://127.0.0.1:4040', YOUTUBE_DAILY_QUOTA: '500' })
        .ingest.youtube,
    ).toEqual({ apiKey: 'key', baseUrl: 'http://127.0.0.1:4040/', dailyQuota: 500 });
    expect(problemsOf({ YOUTUBE_API_KEY: 'key', YOUTUBE_DAILY_QUOTA: 'lots' })).toEqual([
      expect.stringMatching(/^YOUTUBE_DAILY_QUOTA must be a whole number/),
    ]);
    expect(problemsOf({ YOUTUBE_BASE_URL: 'youtube' })).toEqual([
      expect.stringMatching(/^YOUTUBE_BASE_URL is not a URL/),
    ]);
  });

  it('reads the feeds in RSS_FEEDS, and RSS=on polls feeds named only by watch queries', () => {
    expect(loadConfig({}).ingest.rss).toEqual({ enabled: false, feeds: [] });
    const config = loadConfig({
      RSS_FEEDS: 'https://www.google.com/alerts/feeds/1/2, https://news.example.co.uk/rss',
    });
    expect(config.ingest.rss).toEqual({
      enabled: true,
      feeds: ['https://www.google.com/alerts/feeds/1/2', 'https://news.example.co.uk/rss'],
    });
    expect(config.ingest.demo).toBe(false);
    expect(loadConfig({ RSS: 'on' }).ingest.rss).toEqual({ enabled: true, feeds: [] });
    expect(problemsOf({ RSS_FEEDS: 'https://ok.example/rss,feed.xml', RSS: 'maybe' })).toEqual([
      expect.stringMatching(/^RSS_FEEDS is not a URL .*"feed.xml"/),
      expect.stringMatching(/^RSS must be on or off/),
    ]);
  });

  it("reads the OU's own Facebook Page and Instagram account, keeping the Graph API version in FACEBOOK_GRAPH_URL", () => {
    const none = loadConfig({}).ownAccounts;
    expect(none).toMatchObject({
      graphUrl: 'https://graph.facebook.com/v21.0',
      facebookPageId: undefined,
      pageToken: undefined,
      instagramUserId: undefined,
      actionBackoffBaseMs: 30_000,
      actionMaxAttempts: 8,
    });
    const own = loadConfig({
      FACEBOOK_PAGE_ID: '100200300',
      FACEBOOK_PAGE_TOKEN: 'token',
      INSTAGRAM_USER_ID: '1784000000000',
      FACEBOOK_GRAPH_URL: 'http://127.0.0.1:4020/v21.0/',
      PLATFORM_ACTION_MAX_ATTEMPTS: '3',
    }).ownAccounts;
    expect(own).toMatchObject({
      graphUrl: 'http://127.0.0.1:4020/v21.0',
      facebookPageId: '100200300',
      pageToken: 'token',
      instagramUserId: '1784000000000',
      actionMaxAttempts: 3,
    });
  });

  it('refuses an account without the Page token, a token without an account, a non-numeric id and a bad Graph URL', () => {
    expect(problemsOf({ FACEBOOK_PAGE_ID: '100200300' })).toEqual([
      expect.stringMatching(/^FACEBOOK_PAGE_TOKEN must be set when FACEBOOK_PAGE_ID or INSTAGRAM_USER_ID is set/),
    ]);
    expect(problemsOf({ FACEBOOK_PAGE_TOKEN: 't' })).toEqual([
      expect.stringMatching(/^FACEBOOK_PAGE_TOKEN is set but neither FACEBOOK_PAGE_ID nor INSTAGRAM_USER_ID/),
    ]);
    expect(problemsOf({ FACEBOOK_PAGE_ID: 'OpenUniversity', FACEBOOK_PAGE_TOKEN: 't' })).toEqual([
      expect.stringMatching(/^FACEBOOK_PAGE_ID must be the numeric id/),
    ]);
    expect(problemsOf({ FACEBOOK_GRAPH_URL: 'graph.facebook.com' })).toEqual([
      expect.stringMatching(/^FACEBOOK_GRAPH_URL is not a URL/),
    ]);
    expect(problemsOf({ PLATFORM_ACTIONS_JOB: 'sometimes' })).toEqual([
      expect.stringMatching(/^PLATFORM_ACTIONS_JOB must be on or off/),
    ]);
  });

  it('reads the report form settings (issue 17), with defaults, and refuses bad ones', () => {
    expect(loadConfig({}).reports).toEqual({
      powCost: 2,
      powMaxNumber: 100_000,
      powTtlSeconds: 1_800,
      ratePerHour: 20,
      ocr: true,
    });
    expect(loadConfig({ REPORT_RATE_PER_HOUR: '5', REPORT_OCR: 'off' }).reports).toMatchObject({
      ratePerHour: 5,
      ocr: false,
    });
    expect(problemsOf({ REPORT_RATE_PER_HOUR: '0', REPORT_OCR: 'maybe', REPORT_POW_MAX_NUMBER: 'lots' })).toEqual([
      expect.stringMatching(/^REPORT_POW_MAX_NUMBER must be a whole number/),
      expect.stringMatching(/^REPORT_RATE_PER_HOUR must be a whole number from 1/),
      expect.stringMatching(/^REPORT_OCR must be on or off/),
    ]);
  });

  it('reports every bad variable at once', () => {
    const problems = problemsOf({ PORT: 'x', DATABASE_URL: 'nope', NODE_ENV: 'staging' });
    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toMatch(/NODE_ENV[\s\S]*PORT[\s\S]*DATABASE_URL/);
  });
});
