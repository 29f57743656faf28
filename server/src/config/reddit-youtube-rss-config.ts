import { type Env, HTTP_URL, urlOf } from './env-values.js';

/**
 * Reddit (issue 15): app-only OAuth with the client-credentials grant. All three of
 * REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET and REDDIT_USER_AGENT, or none. Reddit throttles and bans
 * generic user agents, so the agent must say who runs it, in Reddit's own format.
 */
export type RedditConfig = {
  clientId: string;
  clientSecret: string;
  userAgent: string;
  /** REDDIT_BASE_URL: the OAuth API host; https://oauth.reddit.com, or a fake. */
  baseUrl: string;
  /** REDDIT_TOKEN_URL: where tokens come from; by default Reddit's, or REDDIT_BASE_URL's when that is set. */
  tokenUrl: string;
  /** REDDIT_SUBREDDITS: watched whole (their new posts and comments), beside the search. */
  subreddits: string[];
};

/** YouTube Data API v3 with an API key (issue 15). */
export type YoutubeConfig = {
  apiKey: string;
  /** YOUTUBE_BASE_URL: the client's rootUrl; https://youtube.googleapis.com/, or a fake. */
  baseUrl: string;
  /** YOUTUBE_DAILY_QUOTA: units per Pacific day this server may spend (Google grants 10,000 by default). */
  dailyQuota: number;
};

/** RSS and Atom feeds (issue 15): no credentials, only URLs. */
export type RssConfig = {
  /** RSS: poll feeds at all; on by default when RSS_FEEDS is set. */
  enabled: boolean;
  /** RSS_FEEDS: polled for every watch query, beside the feed URLs a watch query names itself. */
  feeds: string[];
};

// Reddit's rule for API clients: <platform>:<app ID>:<version string> (by /u/<reddit username>)
const REDDIT_USER_AGENT = /^\S+:\S+:\S+ \(by \/?u\/[A-Za-z0-9_-]{3,20}\)$/;
const SUBREDDIT_NAME = /^[A-Za-z0-9_]{2,21}$/;

function list(raw: string | undefined): string[] {
  return (raw ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
}

export function redditConfig(env: Env, problems: string[]): RedditConfig | undefined {
  const names = ['REDDIT_CLIENT_ID', 'REDDIT_CLIENT_SECRET', 'REDDIT_USER_AGENT'] as const;
  const [clientId, clientSecret, userAgent] = names.map((name) => env[name]?.trim() || undefined);
  const base = env.REDDIT_BASE_URL?.trim()
    ? urlOf('REDDIT_BASE_URL', env.REDDIT_BASE_URL.trim(), HTTP_URL, problems)
    : undefined;
  const token = env.REDDIT_TOKEN_URL?.trim()
    ? urlOf('REDDIT_TOKEN_URL', env.REDDIT_TOKEN_URL.trim(), HTTP_URL, problems)
    : undefined;
  const subreddits = list(env.REDDIT_SUBREDDITS ?? 'OpenUniversity').map((s) => s.replace(/^\/?r\//, ''));
  const badSubreddits = subreddits.filter((s) => !SUBREDDIT_NAME.test(s));
  if (badSubreddits.length > 0)
    problems.push(
      `REDDIT_SUBREDDITS must be subreddit names separated by commas, such as OpenUniversity (got "${badSubreddits.join(', ')}")`,
    );
  if (!clientId && !clientSecret && !userAgent) return undefined;
  const missing = names.filter((name) => !env[name]?.trim());
  if (missing.length > 0) {
    problems.push(
      `${missing.join(', ')} must be set too: Reddit needs REDDIT_CLIENT_ID, REDDIT_CLIENT_SECRET and REDDIT_USER_AGENT`,
    );
    return undefined;
  }
  if (!REDDIT_USER_AGENT.test(userAgent!))
    problems.push(
      `REDDIT_USER_AGENT must say who runs the client, as Reddit asks: <platform>:<app id>:<version> (by /u/<username>), e.g. "server:ou-social-listening:1.0 (by /u/ou_comms)" (got "${userAgent}")`,
    );
  if (!REDDIT_USER_AGENT.test(userAgent!) || badSubreddits.length > 0) return undefined;
  const baseUrl = base?.origin ?? 'https://oauth.reddit.com';
  return {
    clientId: clientId!,
    clientSecret: clientSecret!,
    userAgent: userAgent!,
    baseUrl,
    tokenUrl: token?.href ?? (base ? `${baseUrl}/api/v1/access_token` : 'https://www.reddit.com/api/v1/access_token'),
    subreddits,
  };
}

export function youtubeConfig(env: Env, problems: string[]): YoutubeConfig | undefined {
  const apiKey = env.YOUTUBE_API_KEY?.trim() || undefined;
  const base = env.YOUTUBE_BASE_URL?.trim()
    ? urlOf('YOUTUBE_BASE_URL', env.YOUTUBE_BASE_URL.trim(), HTTP_URL, problems)
    : undefined;
  const rawQuota = env.YOUTUBE_DAILY_QUOTA?.trim();
  let dailyQuota = 10_000;
  if (rawQuota) {
    if (/^\d+$/.test(rawQuota) && Number(rawQuota) >= 1 && Number(rawQuota) <= 100_000_000)
      dailyQuota = Number(rawQuota);
    else problems.push(`YOUTUBE_DAILY_QUOTA must be a whole number of units from 1 to 100000000 (got "${rawQuota}")`);
  }
  if (!apiKey) return undefined;
  return { apiKey, baseUrl: base ? `${base.origin}/` : 'https://youtube.googleapis.com/', dailyQuota };
}

export function rssConfig(env: Env, problems: string[]): RssConfig {
  const feeds: string[] = [];
  for (const raw of list(env.RSS_FEEDS)) {
    const url = urlOf('RSS_FEEDS', raw, HTTP_URL, problems);
    if (url && !feeds.includes(url.href)) feeds.push(url.href);
  }
  const rawEnabled = env.RSS?.trim().toLowerCase();
  let enabled = feeds.length > 0;
  if (rawEnabled === 'on') enabled = true;
  else if (rawEnabled === 'off') enabled = false;
  else if (rawEnabled) problems.push(`RSS must be on or off (got "${env.RSS?.trim()}")`);
  return { enabled, feeds };
}
