import type { BadItem, NormalizedPost, WatchQuery } from '../source-connector.js';
import { mastodonHtmlToText } from './mastodon-html.js';

/**
 * What one page of statuses became: posts to store, items that could not be read (quarantined),
 * and how many were left out on purpose (the author opted out of discovery or indexing, or the
 * status does not match the watch query's exclusions or language).
 */
export type ParsedStatuses = { posts: NormalizedPost[]; quarantined: BadItem[]; optedOut: number; filtered: number };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.length > 0 ? value : null;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** Why a status (as masto hands it over, keys in camelCase) cannot be stored, or null when it can. */
function problemWith(status: unknown): string | null {
  if (!isRecord(status)) return 'not an object';
  if (typeof status.id !== 'string' || status.id.length === 0) return 'missing id';
  if (typeof status.uri !== 'string' || !/^https?:\/\/\S+$/.test(status.uri)) return 'missing or invalid uri';
  if (typeof status.createdAt !== 'string' || Number.isNaN(Date.parse(status.createdAt)))
    return 'missing or invalid created_at';
  if (typeof status.content !== 'string') return 'missing content';
  if (!isRecord(status.account) || typeof status.account.acct !== 'string') return 'missing account';
  return null;
}

/** acct is "name" for the instance's own users and "name@host" for others: always give the host. */
function fullHandle(acct: string, instanceHost: string): string {
  return acct.includes('@') ? acct : `${acct}@${instanceHost}`;
}

/**
 * Turns one page of statuses from an instance into posts. Dedupe is on the status's `uri`, the
 * same on every instance that has a copy; the instance's own id only pages the timeline.
 */
export function parseStatuses(items: unknown[], instance: string, query: WatchQuery): ParsedStatuses {
  const host = new URL(instance).host;
  const exclusions = query.exclusions.map((e) => e.trim().toLowerCase()).filter(Boolean);
  const result: ParsedStatuses = { posts: [], quarantined: [], optedOut: 0, filtered: 0 };
  for (const item of items) {
    const problem = problemWith(item);
    if (problem) {
      const externalId = isRecord(item) && typeof item.uri === 'string' ? item.uri : null;
      result.quarantined.push({ platform: 'mastodon', externalId, payload: item ?? null, error: problem });
      continue;
    }
    const status = item as Record<string, unknown> & {
      id: string;
      uri: string;
      createdAt: string;
      content: string;
      account: Record<string, unknown> & { acct: string };
    };
    const { account } = status;
    // acct names the account's home only when it is not the instance that served it; the account's
    // own URL says where home is either way.
    const home = typeof account.url === 'string' && URL.canParse(account.url) ? new URL(account.url).host : host;
    // Authors who said no to discovery or search indexing are not collected (Mastodon's own search
    // leaves them out too); they are counted, never stored.
    if (account.indexable === false || account.discoverable === false || account.noindex === true) {
      result.optedOut++;
      continue;
    }
    if (status.reblog) {
      result.filtered++;
      continue;
    }
    const spoiler = text(status.spoilerText);
    const body = mastodonHtmlToText(status.content);
    const fullText = spoiler ? `${spoiler}\n\n${body}` : body;
    const lang = text(status.language);
    const lower = fullText.toLowerCase();
    if (exclusions.some((e) => lower.includes(e)) || (query.language && lang && lang !== query.language)) {
      result.filtered++;
      continue;
    }
    const metrics: Record<string, number> = {};
    for (const [key, value] of [
      ['replies', status.repliesCount],
      ['reblogs', status.reblogsCount],
      ['favourites', status.favouritesCount],
    ] as const) {
      const n = count(value);
      if (n !== undefined) metrics[key] = n;
    }
    result.posts.push({
      platform: 'mastodon',
      externalId: status.uri,
      url: text(status.url) ?? status.uri,
      authorId: text(account.url) ?? fullHandle(account.acct, home),
      authorHandle: fullHandle(account.acct, home),
      authorName: text(account.displayName),
      text: fullText,
      lang,
      postedAt: new Date(status.createdAt),
      conversationId: null,
      // The parent's id is the instance's own, meaningless beside other instances' posts.
      inReplyToId: null,
      metrics,
      isDemo: false,
    });
  }
  return result;
}

/** Mastodon ids are numbers in a string (snowflakes); other servers' ids still sort as strings. */
export function newerId(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return BigInt(a) >= BigInt(b) ? a : b;
  return a >= b ? a : b;
}
