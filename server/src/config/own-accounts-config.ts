import { type Env, HTTP_URL, urlOf, wholeNumber } from './env-values.js';
/**
 * The OU's own Facebook Page and Instagram account, and the platform actions taken on them
 * (issue 16). Read by loadConfig in app-config.ts with every other variable, so one start-up
 * reports every mistake.
 */
export type OwnAccountsConfig = {
  /** FACEBOOK_GRAPH_URL: the Graph API with its version (a local fake in tests) */
  graphUrl: string;
  /** FACEBOOK_PAGE_ID: the OU's Page; with the token, its posts' comments are read and can be acted on */
  facebookPageId: string | undefined;
  /** FACEBOOK_PAGE_TOKEN: a Page access token (pages_read_user_content, pages_manage_engagement, …) */
  pageToken: string | undefined;
  /** INSTAGRAM_USER_ID: the professional Instagram account linked to the Page, reached with the same token */
  instagramUserId: string | undefined;
  /** the OU's YouTube channel, read and moderated with an OAuth refresh token of the channel owner */
  youtubeChannel: YoutubeChannelConfig | undefined;
  /** replies in the @OpenUniversity conversations on X, with a user-context OAuth 2.0 token */
  xOwned: XOwnedConfig | undefined;
  /** PLATFORM_ACTIONS_JOB: send and retry platform actions on a timer in this process (off in tests) */
  actionsJob: boolean;
  /** PLATFORM_ACTION_BACKOFF_BASE_MS: first wait before retrying a failed platform action; doubles each time */
  actionBackoffBaseMs: number;
  /** PLATFORM_ACTION_MAX_ATTEMPTS: tries before a platform action is given up and shown as failed */
  actionMaxAttempts: number;
};

export type YoutubeChannelConfig = {
  /** YOUTUBE_CHANNEL_ID: UC… of the OU's channel */
  channelId: string;
  /** YOUTUBE_OAUTH_CLIENT_ID / _SECRET / _REFRESH_TOKEN: a Google OAuth client and the owner's refresh token (youtube.force-ssl) */
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  /** YOUTUBE_OAUTH_TOKEN_URL: Google's token endpoint (a fake in tests) */
  tokenUrl: string;
  /** YOUTUBE_BASE_URL: the Data API's rootUrl, shared with the keyword source */
  baseUrl: string;
  /** YOUTUBE_DAILY_QUOTA: the units a Pacific day, shared with the keyword source (one Google project) */
  dailyQuota: number;
};

export type XOwnedConfig = {
  /** X_OWN_USER_ID: the numeric id of @OpenUniversity, whose conversations are read */
  userId: string;
  /** X_USER_ACCESS_TOKEN: user-context OAuth 2.0 token (tweet.read users.read tweet.write tweet.moderate.write offline.access) */
  accessToken: string;
  /** X_USER_REFRESH_TOKEN and X_OAUTH_CLIENT_ID (and X_OAUTH_CLIENT_SECRET for a confidential client): refresh the token when it expires */
  refreshToken: string | undefined;
  clientId: string | undefined;
  clientSecret: string | undefined;
  /** X_API_BASE_URL: shared with the keyword source */
  baseUrl: string;
};

export const DEFAULT_YOUTUBE_TOKEN_URL = 'https://oauth2.googleapis.com/token';

function httpUrlOf(env: Env, name: string, fallback: string, problems: string[]): string {
  const raw = env[name]?.trim();
  const url = raw ? urlOf(name, raw, HTTP_URL, problems) : undefined;
  return url ? url.toString().replace(/\/+$/, '') : fallback;
}

/** All of a group's variables, or none: a half-set group is a mistake worth stopping for. */
function group(env: Env, names: string[], problems: string[]): Record<string, string> | undefined {
  const set = names.filter((n) => env[n]?.trim());
  if (set.length === 0) return undefined;
  if (set.length < names.length) {
    problems.push(`${names.filter((n) => !set.includes(n)).join(', ')} must be set with ${set.join(', ')}`);
    return undefined;
  }
  return Object.fromEntries(names.map((n) => [n, env[n]!.trim()]));
}

function youtubeChannelConfig(env: Env, problems: string[]): YoutubeChannelConfig | undefined {
  const vars = group(
    env,
    ['YOUTUBE_CHANNEL_ID', 'YOUTUBE_OAUTH_CLIENT_ID', 'YOUTUBE_OAUTH_CLIENT_SECRET', 'YOUTUBE_OAUTH_REFRESH_TOKEN'],
    problems,
  );
  if (!vars) return undefined;
  if (!/^UC[A-Za-z0-9_-]{22}$/.test(vars.YOUTUBE_CHANNEL_ID!)) {
    problems.push(
      `YOUTUBE_CHANNEL_ID must be the channel's id, UC and 22 more characters (got "${vars.YOUTUBE_CHANNEL_ID}")`,
    );
    return undefined;
  }
  return {
    channelId: vars.YOUTUBE_CHANNEL_ID!,
    clientId: vars.YOUTUBE_OAUTH_CLIENT_ID!,
    clientSecret: vars.YOUTUBE_OAUTH_CLIENT_SECRET!,
    refreshToken: vars.YOUTUBE_OAUTH_REFRESH_TOKEN!,
    tokenUrl: httpUrlOf(env, 'YOUTUBE_OAUTH_TOKEN_URL', DEFAULT_YOUTUBE_TOKEN_URL, problems),
    // Checked (and any mistake reported) with the keyword source's variables.
    baseUrl: `${httpUrlOf(env, 'YOUTUBE_BASE_URL', 'https://youtube.googleapis.com', [])}/`,
    // Checked (and any mistake reported) with the keyword source's variables too.
    dailyQuota: wholeNumber(env, 'YOUTUBE_DAILY_QUOTA', 10_000, 1, 100_000_000, []),
  };
}

function xOwnedConfig(env: Env, problems: string[]): XOwnedConfig | undefined {
  const vars = group(env, ['X_OWN_USER_ID', 'X_USER_ACCESS_TOKEN'], problems);
  const refreshToken = env.X_USER_REFRESH_TOKEN?.trim() || undefined;
  const clientId = env.X_OAUTH_CLIENT_ID?.trim() || undefined;
  if (refreshToken && !clientId) problems.push('X_OAUTH_CLIENT_ID must be set with X_USER_REFRESH_TOKEN');
  if (!vars) {
    if (refreshToken) problems.push('X_USER_REFRESH_TOKEN is set but X_OWN_USER_ID and X_USER_ACCESS_TOKEN are not');
    return undefined;
  }
  if (!/^\d{1,20}$/.test(vars.X_OWN_USER_ID!)) {
    problems.push(`X_OWN_USER_ID must be the account's numeric id (got "${vars.X_OWN_USER_ID}")`);
    return undefined;
  }
  return {
    userId: vars.X_OWN_USER_ID!,
    accessToken: vars.X_USER_ACCESS_TOKEN!,
    refreshToken,
    clientId,
    clientSecret: env.X_OAUTH_CLIENT_SECRET?.trim() || undefined,
    baseUrl: httpUrlOf(env, 'X_API_BASE_URL', 'https://api.x.com', []),
  };
}

export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com/v21.0';

/** The Page token reaches both the Page and the Instagram account linked to it. */
export function ownAccountsConfig(env: Env, inTest: boolean, problems: string[]): OwnAccountsConfig {
  const numericId = (name: string): string | undefined => {
    const raw = env[name]?.trim() || undefined;
    if (raw !== undefined && !/^\d{1,30}$/.test(raw)) {
      problems.push(`${name} must be the numeric id Meta shows for the account (got "${raw}")`);
      return undefined;
    }
    return raw;
  };
  const facebookPageId = numericId('FACEBOOK_PAGE_ID');
  const instagramUserId = numericId('INSTAGRAM_USER_ID');
  const pageToken = env.FACEBOOK_PAGE_TOKEN?.trim() || undefined;
  const anAccount = Boolean(env.FACEBOOK_PAGE_ID?.trim() || env.INSTAGRAM_USER_ID?.trim());
  if (anAccount && !pageToken)
    problems.push('FACEBOOK_PAGE_TOKEN must be set when FACEBOOK_PAGE_ID or INSTAGRAM_USER_ID is set');
  if (pageToken && !anAccount)
    problems.push('FACEBOOK_PAGE_TOKEN is set but neither FACEBOOK_PAGE_ID nor INSTAGRAM_USER_ID says which account');

  let graphUrl = DEFAULT_GRAPH_URL;
  const rawGraph = env.FACEBOOK_GRAPH_URL?.trim();
  if (rawGraph) {
    let url: URL | undefined;
    try {
      url = new URL(rawGraph);
    } catch {
      problems.push(`FACEBOOK_GRAPH_URL is not a URL (expected ${DEFAULT_GRAPH_URL})`);
    }
    if (url && url.protocol !== 'http:' && url.protocol !== 'https:')
      problems.push(`FACEBOOK_GRAPH_URL must start with http:// or https:// (got "${url.protocol}//")`);
    else if (url) graphUrl = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  }

  const job = env.PLATFORM_ACTIONS_JOB?.trim().toLowerCase();
  if (job && job !== 'on' && job !== 'off') problems.push(`PLATFORM_ACTIONS_JOB must be on or off (got "${job}")`);
  return {
    graphUrl,
    facebookPageId,
    pageToken,
    instagramUserId,
    youtubeChannel: youtubeChannelConfig(env, problems),
    xOwned: xOwnedConfig(env, problems),
    actionsJob: job === 'on' ? true : job === 'off' ? false : !inTest,
    actionBackoffBaseMs: wholeNumber(env, 'PLATFORM_ACTION_BACKOFF_BASE_MS', 30_000, 0, 3_600_000, problems),
    actionMaxAttempts: wholeNumber(env, 'PLATFORM_ACTION_MAX_ATTEMPTS', 8, 1, 50, problems),
  };
}
