import path from 'node:path';
import { type Env, HTTP_URL, urlOf } from './env-values.js';

/**
 * Mastodon (issue 15). MASTODON_URL lists the instances to poll; each keeps its own cursors.
 * MASTODON_BASE_URL sends every instance's requests to one other host instead (a fake in tests and
 * `npm run fake`), while the instances still name the cursors; set alone, it is the one instance.
 */
export type MastodonConfig = {
  /** Instance origins, as MASTODON_URL lists them (or MASTODON_BASE_URL alone). */
  instances: string[];
  /** MASTODON_BASE_URL: where requests go instead of each instance; undefined in production. */
  baseUrl: string | undefined;
  /** MASTODON_TOKEN: a user token with read:search widens reach to status search where offered. */
  token: string | undefined;
};

/**
 * Bluesky (issue 15). Search needs a logged-in session since January 2025: BLUESKY_HANDLE and
 * BLUESKY_APP_PASSWORD (an app password, never the account's own). createSession is limited to 30
 * per 5 minutes, so the session is kept in sessionFile (DATA_DIR, mode 0600) and reused.
 */
export type BlueskyConfig = {
  handle: string;
  appPassword: string;
  /** BLUESKY_BASE_URL: the service (PDS entryway) to log in to and query; https://bsky.social by default. */
  serviceUrl: string;
  sessionFile: string;
};

function origin(name: string, raw: string, problems: string[]): string | undefined {
  return urlOf(name, raw, HTTP_URL, problems)?.origin;
}

export function mastodonConfig(env: Env, problems: string[]): MastodonConfig | undefined {
  const listed = (env.MASTODON_URL ?? '')
    .split(',')
    .map((value) => value.trim())
    .filter(Boolean);
  const instances = [
    ...new Set(listed.map((raw) => origin('MASTODON_URL', raw, problems)).filter((o): o is string => !!o)),
  ];
  const rawBase = env.MASTODON_BASE_URL?.trim();
  const baseUrl = rawBase ? origin('MASTODON_BASE_URL', rawBase, problems) : undefined;
  const token = env.MASTODON_TOKEN?.trim() || undefined;
  if (listed.length === 0 && !rawBase) {
    if (token) problems.push('MASTODON_TOKEN is set but MASTODON_URL is not (which instance is the token for?)');
    return undefined;
  }
  if (instances.length === 0 && baseUrl) instances.push(baseUrl);
  return instances.length > 0 ? { instances, baseUrl, token } : undefined;
}

export function blueskyConfig(env: Env, dataDir: string, problems: string[]): BlueskyConfig | undefined {
  const handle = env.BLUESKY_HANDLE?.trim().replace(/^@/, '') || undefined;
  const appPassword = env.BLUESKY_APP_PASSWORD?.trim() || undefined;
  const rawService = env.BLUESKY_BASE_URL?.trim();
  const serviceUrl = rawService ? origin('BLUESKY_BASE_URL', rawService, problems) : 'https://bsky.social';
  if (!handle && !appPassword) return undefined;
  if (!handle) problems.push('BLUESKY_APP_PASSWORD is set but BLUESKY_HANDLE is not (set both, or neither)');
  if (!appPassword) problems.push('BLUESKY_HANDLE is set but BLUESKY_APP_PASSWORD is not (set both, or neither)');
  if (handle && !/^(did:[a-z]+:[\w.:%-]+|[a-z0-9][a-z0-9.-]*\.[a-z0-9-]+)$/i.test(handle))
    problems.push(`BLUESKY_HANDLE must be a handle such as ou-listening.bsky.social or a DID (got "${handle}")`);
  if (!handle || !appPassword || !serviceUrl) return undefined;
  return { handle, appPassword, serviceUrl, sessionFile: path.join(dataDir, 'bluesky-session.json') };
}
