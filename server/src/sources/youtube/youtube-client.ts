import { youtube, type youtube_v3 } from '@googleapis/youtube';

export const YOUTUBE_REQUEST_TIMEOUT_MS = 15_000;

// gaxios would import node-fetch (ESM-only) on Node; the built-in fetch works everywhere.
export const builtInFetch = (input: unknown, init: unknown) => fetch(input as string, init as RequestInit);

/**
 * A YouTube Data API client that never retries: the ingest pipeline and the platform-actions
 * outbox each retry with their own backoff and attempt count.
 */
export function youtubeClient(rootUrl: string, auth: youtube_v3.Options['auth']): youtube_v3.Youtube {
  return youtube({
    version: 'v3',
    auth,
    rootUrl,
    retry: false,
    timeout: YOUTUBE_REQUEST_TIMEOUT_MS,
    fetchImplementation: builtInFetch,
  });
}

export type YoutubeFailure = {
  status: number;
  reason: string | undefined;
  message: string;
  retryAfterMs: number | null;
};

/** Google answered that the project's daily quota is spent. */
export function quotaSpent(failure: YoutubeFailure): boolean {
  return failure.status === 403 && (failure.reason === 'quotaExceeded' || failure.reason === 'dailyLimitExceeded');
}

/** What a googleapis (gaxios) error says: its HTTP status, the first error reason in the body, and any Retry-After. */
export function youtubeFailure(error: unknown): YoutubeFailure {
  const e = error as {
    status?: number;
    message?: string;
    response?: { status?: number; headers?: unknown; data?: { error?: unknown } };
  };
  const status = e?.response?.status ?? e?.status ?? 0;
  const body = e?.response?.data?.error;
  // The API puts a reason in error.errors[0]; the token endpoint answers { error: 'invalid_grant' }.
  const reason =
    typeof body === 'string' ? body : (body as { errors?: { reason?: string }[] } | undefined)?.errors?.[0]?.reason;
  const headers = e?.response?.headers;
  const rawRetry =
    headers instanceof Headers
      ? headers.get('retry-after')
      : (headers as Record<string, string> | undefined)?.['retry-after'];
  const retryAfter = Number(rawRetry);
  return {
    status,
    reason,
    message: status
      ? `YouTube answered HTTP ${status}${reason ? ` (${reason})` : ''}`
      : `YouTube request failed: ${e?.message ?? String(error)}`,
    retryAfterMs: Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter * 1000 : null,
  };
}

/**
 * A list answer's body. A 200 that is not one (a proxy's page, an empty body) is thrown as an error
 * to retry: taken as an empty last page it would move the mark past what was never read.
 */
export function listBody<T>(data: T): T {
  if (typeof data !== 'object' || data === null || !Array.isArray((data as { items?: unknown }).items))
    throw new Error('YouTube answered 200 without a list of items');
  return data;
}
