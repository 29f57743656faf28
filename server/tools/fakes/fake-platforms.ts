import type { SourceKind } from '@ou-listening/shared';
import { startFakeBluesky } from './bluesky/fake-bluesky.server.js';
import { startFakeMastodon } from './mastodon/fake-mastodon.server.js';
import { startFakeX } from './x/fake-x.server.js';

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
];

export function findFakePlatform(platform: string): FakePlatform | undefined {
  return FAKE_PLATFORMS.find((f) => f.platform === platform);
}
