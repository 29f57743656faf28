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

/** What a started fake gives, whichever platform it speaks for. */
type StartedFake = { url: string; requests: readonly unknown[]; close(): Promise<void> };

/** One platform's entry: its fake's start, and the variables that point the server at a running one. */
function fakePlatform<Fake extends StartedFake>(
  platform: SourceKind,
  serves: string,
  startFake: (options: FakeOptions, port?: number) => Promise<Fake>,
  env: (fake: Fake) => Record<string, string>,
): FakePlatform {
  return {
    platform,
    serves,
    async start(options, port) {
      const fake = await startFake(options, port);
      return { url: fake.url, env: env(fake), requestCount: () => fake.requests.length, close: () => fake.close() };
    },
  };
}

/**
 * Every platform with a fake at the wire. A new fake adds one entry here (and its own folder beside
 * x/, mastodon/, bluesky/); `npm run fake` and `npm run bench:ingest -- --all-sources` pick it up.
 */
export const FAKE_PLATFORMS: FakePlatform[] = [
  fakePlatform('x', 'GET /2/tweets/search/recent, GET /2/tweets', startFakeX, (fake) => ({
    X_BEARER_TOKEN: 'fake-bearer-token',
    X_API_BASE_URL: fake.url,
  })),
  fakePlatform(
    'mastodon',
    'GET /api/v1/timelines/tag/:tag, /api/v2/search, /api/v1/statuses/:id',
    startFakeMastodon,
    (fake) => ({ MASTODON_URL: 'https://fediverse.example', MASTODON_BASE_URL: fake.url }),
  ),
  fakePlatform(
    'bluesky',
    'XRPC createSession, refreshSession, app.bsky.feed.searchPosts, app.bsky.feed.getPosts',
    startFakeBluesky,
    (fake) => ({
      BLUESKY_HANDLE: 'ou-listening.bsky.social',
      BLUESKY_APP_PASSWORD: 'fake-app-password',
      BLUESKY_BASE_URL: fake.url,
    }),
  ),
  fakePlatform(
    'reddit',
    'POST /api/v1/access_token, GET /search, /r/:sub/new, /r/:sub/comments, /api/info',
    // As many comments in r/OpenUniversity as posts in the search.
    (options, port) => startFakeReddit({ ...options, comments: options.posts }, port),
    (fake) => ({
      REDDIT_CLIENT_ID: 'fake-client-id',
      REDDIT_CLIENT_SECRET: 'fake-client-secret',
      REDDIT_USER_AGENT: 'server:ou-social-listening:1.0 (by /u/ou_listening_fake)',
      REDDIT_BASE_URL: fake.url,
    }),
  ),
  fakePlatform(
    'youtube',
    'GET /youtube/v3/search, /youtube/v3/commentThreads, /youtube/v3/videos, /youtube/v3/comments',
    startFakeYoutube,
    (fake) => ({ YOUTUBE_API_KEY: 'fake-api-key', YOUTUBE_BASE_URL: fake.url }),
  ),
  fakePlatform(
    'rss',
    'GET /news.rss (RSS 2.0), /alerts.atom (Google Alerts Atom), /broken.xml; ETag and 304',
    startFakeRss,
    (fake) => ({ RSS_FEEDS: `${fake.feeds.news},${fake.feeds.alerts}` }),
  ),
];

export function findFakePlatform(platform: string): FakePlatform | undefined {
  return FAKE_PLATFORMS.find((f) => f.platform === platform);
}
