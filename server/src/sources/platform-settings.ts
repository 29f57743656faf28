import type { SourceKind } from '@ou-listening/shared';
import type { ConnectorSetting } from './source-connector.js';

/**
 * How the admin Sources page shows a variable: a secret's value is never shown (nor is any other's:
 * only whether it is set), and every required one must be set for the platform to be polled.
 */
type VariableRole = 'required' | 'required secret' | 'optional' | 'optional secret';

/**
 * The variables each platform reads, by name (README "Sources"), in the order the page lists them:
 * the one list both a connector's own `settings` and the fallback below are built from.
 */
const PLATFORM_VARIABLES = {
  x: { X_BEARER_TOKEN: 'required secret', X_API_BASE_URL: 'optional' },
  demo: { DEMO: 'required' },
  mastodon: { MASTODON_URL: 'required', MASTODON_TOKEN: 'optional secret', MASTODON_BASE_URL: 'optional' },
  bluesky: { BLUESKY_HANDLE: 'required', BLUESKY_APP_PASSWORD: 'required secret', BLUESKY_BASE_URL: 'optional' },
  reddit: {
    REDDIT_CLIENT_ID: 'required',
    REDDIT_CLIENT_SECRET: 'required secret',
    REDDIT_USER_AGENT: 'required',
    REDDIT_BASE_URL: 'optional',
  },
  youtube: { YOUTUBE_API_KEY: 'required secret', YOUTUBE_BASE_URL: 'optional', YOUTUBE_DAILY_QUOTA: 'optional' },
  rss: { RSS_FEEDS: 'optional', RSS: 'optional' },
  facebook: { FACEBOOK_PAGE_ID: 'required', FACEBOOK_PAGE_TOKEN: 'required secret' },
  instagram: { INSTAGRAM_USER_ID: 'required', FACEBOOK_PAGE_TOKEN: 'required secret' },
  youtube_channel: {
    YOUTUBE_CHANNEL_ID: 'required',
    YOUTUBE_OAUTH_CLIENT_ID: 'required',
    YOUTUBE_OAUTH_CLIENT_SECRET: 'required secret',
    YOUTUBE_OAUTH_REFRESH_TOKEN: 'required secret',
  },
  x_replies: {
    X_OWN_USER_ID: 'required',
    X_USER_ACCESS_TOKEN: 'required secret',
    X_USER_REFRESH_TOKEN: 'optional secret',
    X_OAUTH_CLIENT_ID: 'optional',
  },
} as const satisfies Record<SourceKind, Record<string, VariableRole>>;

/** Whether each of a platform's variables is set, by name: every one of them, and no other. */
export type VariablesSet<K extends SourceKind> = Record<keyof (typeof PLATFORM_VARIABLES)[K], boolean>;

/** A platform's variables as its connector reports them, each set or not as the connector's config says. */
export function platformSettings<K extends SourceKind>(kind: K, isSet: VariablesSet<K>): ConnectorSetting[] {
  const set: Partial<Record<string, boolean>> = isSet;
  return settingsOf(kind, (name) => set[name] === true);
}

/**
 * The variables of a platform whose connector does not declare its own `settings` (the Graph API
 * ones) or is absent from this server: whether they are set is then known only as a whole, from
 * the connector's `configured`, so every required one counts as set exactly when it is configured.
 */
export function expectedSettings(kind: SourceKind, configured: boolean): ConnectorSetting[] {
  return settingsOf(kind, (_name, required) => configured && required);
}

function settingsOf(kind: SourceKind, isSet: (name: string, required: boolean) => boolean): ConnectorSetting[] {
  return Object.entries<VariableRole>(PLATFORM_VARIABLES[kind]).map(([name, role]) => {
    const required = role.startsWith('required');
    return { name, set: isSet(name, required), secret: role.endsWith('secret'), required };
  });
}
