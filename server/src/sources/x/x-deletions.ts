import type { TwitterApi } from 'twitter-api-v2';
import type { DeletionCheck, PageResult } from '../source-connector.js';

/** GET /2/tweets?ids=: at most 100 ids a call. */
export const X_LOOKUP_BATCH = 100;

/** The parts of X's tweet look-up answer the deletion check reads. */
export type XLookupResponse = {
  data?: { id: string }[];
  errors?: { value?: string; resource_id?: string; resource_type?: string; type?: string; title?: string }[];
};

/**
 * X's content compliance check (PLATFORMS.md): tweets deleted, made private or whose author is
 * suspended come back in errors[] (Not Found, or Authorization Error), not in data. An id in
 * neither list was not answered for, and is treated as alive until the next check.
 */
export async function lookUpGoneTweets(client: TwitterApi, ids: string[], timeoutMs: number): Promise<string[]> {
  if (ids.length === 0) return [];
  if (ids.length > X_LOOKUP_BATCH) throw new Error(`X looks up at most ${X_LOOKUP_BATCH} tweets a call`);
  const body = await client.v2.get<XLookupResponse>('tweets', { ids: ids.join(',') }, { timeout: timeoutMs });
  const asked = new Set(ids);
  const alive = new Set((body.data ?? []).map((t) => t.id));
  const gone = new Set<string>();
  for (const error of body.errors ?? []) {
    if (error.resource_type !== undefined && error.resource_type !== 'tweet') continue;
    const id = error.resource_id ?? error.value;
    if (id && asked.has(id) && !alive.has(id)) gone.add(id);
  }
  return [...gone];
}

/** A failed page answer (rate limit, HTTP error) as a deletion check's answer. */
export function asDeletionFailure(result: PageResult): DeletionCheck {
  switch (result.status) {
    case 'rate_limited':
      return { status: 'rate_limited', retryAt: result.retryAt };
    case 'failed':
      return { status: 'failed', retryable: result.retryable, message: result.message };
    case 'ok':
      return { status: 'failed', retryable: true, message: 'unexpected answer from X' };
  }
}
