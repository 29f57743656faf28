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
  /** PLATFORM_ACTIONS_JOB: send and retry platform actions on a timer in this process (off in tests) */
  actionsJob: boolean;
  /** PLATFORM_ACTION_BACKOFF_BASE_MS: first wait before retrying a failed platform action; doubles each time */
  actionBackoffBaseMs: number;
  /** PLATFORM_ACTION_MAX_ATTEMPTS: tries before a platform action is given up and shown as failed */
  actionMaxAttempts: number;
};

type Env = Record<string, string | undefined>;

export const DEFAULT_GRAPH_URL = 'https://graph.facebook.com/v21.0';

function whole(env: Env, name: string, fallback: number, min: number, max: number, problems: string[]): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < min || value > max) {
    problems.push(`${name} must be a whole number from ${min} to ${max} (got "${raw}")`);
    return fallback;
  }
  return value;
}

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
    actionsJob: job === 'on' ? true : job === 'off' ? false : !inTest,
    actionBackoffBaseMs: whole(env, 'PLATFORM_ACTION_BACKOFF_BASE_MS', 30_000, 0, 3_600_000, problems),
    actionMaxAttempts: whole(env, 'PLATFORM_ACTION_MAX_ATTEMPTS', 8, 1, 50, problems),
  };
}
