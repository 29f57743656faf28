import type { SourceKind } from '@ou-listening/shared';

type ExpectedSetting = { name: string; secret: boolean; required: boolean };

/**
 * The variables each platform needs, by name (README "Sources"), for a connector that does not
 * declare its own `settings` yet or is absent from this server. Whether they are set is then
 * known only as a whole, from the connector's `configured`.
 */
export const EXPECTED_SETTINGS: Readonly<Record<SourceKind, readonly ExpectedSetting[]>> = {
  x: [{ name: 'X_BEARER_TOKEN', secret: true, required: true }],
  demo: [{ name: 'DEMO', secret: false, required: true }],
  mastodon: [
    { name: 'MASTODON_URL', secret: false, required: true },
    { name: 'MASTODON_TOKEN', secret: true, required: false },
  ],
  bluesky: [
    { name: 'BLUESKY_HANDLE', secret: false, required: true },
    { name: 'BLUESKY_APP_PASSWORD', secret: true, required: true },
  ],
  reddit: [
    { name: 'REDDIT_CLIENT_ID', secret: false, required: true },
    { name: 'REDDIT_CLIENT_SECRET', secret: true, required: true },
    { name: 'REDDIT_USER_AGENT', secret: false, required: true },
  ],
  youtube: [{ name: 'YOUTUBE_API_KEY', secret: true, required: true }],
  rss: [{ name: 'RSS_FEEDS', secret: false, required: true }],
  facebook: [
    { name: 'FACEBOOK_PAGE_ID', secret: false, required: true },
    { name: 'FACEBOOK_PAGE_TOKEN', secret: true, required: true },
  ],
  instagram: [
    { name: 'INSTAGRAM_USER_ID', secret: false, required: true },
    { name: 'FACEBOOK_PAGE_TOKEN', secret: true, required: true },
  ],
  youtube_channel: [
    { name: 'YOUTUBE_CHANNEL_ID', secret: false, required: true },
    { name: 'YOUTUBE_OAUTH_CLIENT_ID', secret: false, required: true },
    { name: 'YOUTUBE_OAUTH_CLIENT_SECRET', secret: true, required: true },
    { name: 'YOUTUBE_OAUTH_REFRESH_TOKEN', secret: true, required: true },
  ],
  x_replies: [
    { name: 'X_OWN_USER_ID', secret: false, required: true },
    { name: 'X_USER_ACCESS_TOKEN', secret: true, required: true },
    { name: 'X_USER_REFRESH_TOKEN', secret: true, required: false },
    { name: 'X_OAUTH_CLIENT_ID', secret: false, required: false },
  ],
};
