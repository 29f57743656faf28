import type { SourceKind } from '@ou-listening/shared';
import { startFakeBluesky } from './bluesky/fake-bluesky.server.js';
import { startFakeMastodon } from './mastodon/fake-mastodon.server.js';
import { startFakeReddit } from './reddit/fake-reddit.server.js';
import { startFakeRss } from './rss/fake-rss.server.js';
import { startFakeX } from './x/fake-x.server.js';
import { startFakeYoutube } from './youtube/fake-youtube.server.js';

/** The switches every fake takes (`npm run fake -- --platform … --posts N …`). */
export type FakeOptions = {
  posts: number;
  /** answer this many requests with 429 (and a reset resetInSeconds away) before behaving */
  rateLimited?: number;
  resetInSeconds?: number;
  /** answer this many requests with a 5xx before behaving */
  failures?: number;
  /** every Nth item is malformed, to be quarantined */
  malformedEvery?: number;
  delayMs?: number;
};

export type RunningFake = {
  url: string;
  /**
   * The variables that point this server's connector at the fake (X_API_BASE_URL and a token,
   * MASTODON_BASE_URL, BLUESKY_BASE_URL and a login, …): printed by `npm run fake`, set by the bench.
   */
  env: Record<string, string>;
  /** requests the fake has answered so far */
  requestCount(): number;
  close(): Promise<void>;
};

export type FakePlatform = {
  platform: SourceKind;
  /** what the fake answers, for the start-up line */
  serves: string;
  start(options: FakeOptions, port?: number): Promise<RunningFake>;
};

/**
 * Every platform with a fake at the wire. A new fake adds one entry here (and its own folder beside
 * x/, mastodon/, bluesky/); `npm run fake` and `npm run bench:ingest -- --all-sources` pick it up.
 */
export const FAKE_PLATFORMS: FakePlatform[] = [
  {
    platform: 'x',
    serves: 'GET /2/tweets/search/recent, GET /2/tweets',
    async start(options, port) {
      const fake = await startFakeX(options, port);
      return {
        url: fake.url,
        env: { X_BEARER_TOKEN: 'fake-bearer-token', X_API_BASE_URL: fake.url },
        requestCount: () => fake.requests.length,
        close: () => fake.close(),
      };
    },
  },
  {
    platform: 'mastodon',
    serves: 'GET /api/v1/timelines/tag/:tag, /api/v2/search, /api/v1/statuses/:id',
    async start(options, port) {
      const fake = await startFakeMastodon(options, port);
      return {
        url: fake.url,
        env: { MASTODON_URL: 'https://fediverse.example', MASTODON_BASE_URL: fake.url },
        requestCount: () => fake.requests.length,
        close: () => fake.close(),
      };
    },
  },
  {
    platform: 'bluesky',
    serves: 'XRPC createSession, refreshSession, app.bsky.feed.searchPosts, app.bsky.feed.getPosts',
    async start(options, port) {
      const fake = await startFakeBluesky(options, port);
      return {
        url: fake.url,
        env: {
          BLUESKY_HANDLE: 'ou-listening.bsky.social',
          BLUESKY_APP_PASSWORD: 'fake-app-password',
          BLUESKY_BASE_URL: fake.url,
        },
        requestCount: () => fake.requests.length,
        close: () => fake.close(),
      };
    },
  },
  {
    platform: 'reddit',
    serves: 'POST /api/v1/access_token, GET /search, /r/:sub/new, /r/:sub/comments, /api/info',
    async start(options, port) {
      // As many comments in r/OpenUniversity as posts in the search.
      const fake = await startFakeReddit({ ...options, comments: options.posts }, port);
      return {
        url: fake.url,
        env: {
          REDDIT_CLIENT_ID: 'fake-client-id',
          REDDIT_CLIENT_SECRET: 'fake-client-secret',
          REDDIT_USER_AGENT: 'server:ou-social-listening:1.0 (by /u/ou_listening_fake)',
          REDDIT_BASE_URL: fake.url,
        },
        requestCount: () => fake.requests.length,
        close: () => fake.close(),
      };
    },
  },
  {
    platform: 'youtube',
    serves: 'GET /youtube/v3/search, /youtube/v3/commentThreads, /youtube/v3/videos, /youtube/v3/comments',
    async start(options, port) {
      const fake = await startFakeYoutube(options, port);
      return {
        url: fake.url,
        env: { YOUTUBE_API_KEY: 'fake-api-key', YOUTUBE_BASE_URL: fake.url },
        requestCount: () => fake.requests.length,
        close: () => fake.close(),
      };
    },
  },
  {
    platform: 'rss',
    serves: 'GET /news.rss (RSS 2.0), /alerts.atom (Google Alerts Atom), /broken.xml; ETag and 304',
    async start(options, port) {
      const fake = await startFakeRss(options, port);
      return {
        url: fake.url,
        env: { RSS_FEEDS: `${fake.feeds.news},${fake.feeds.alerts}` },
        requestCount: () => fake.requests.length,
        close: () => fake.close(),
      };
    },
  },
];

export function findFakePlatform(platform: string): FakePlatform | undefined {
  return FAKE_PLATFORMS.find((f) => f.platform === platform);
}
