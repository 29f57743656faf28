/**
 * A thin typed client for Meta's Graph API (Facebook Pages and Instagram professional accounts),
 * over fetch. No SDK: the calls we make are few, and a local fake speaks the same JSON in tests.
 * The access token travels as the access_token parameter and is never logged or put in an error.
 */

/** A page of a Graph edge: `data` plus cursor paging. */
export type GraphPage = {
  data?: unknown[];
  paging?: { cursors?: { before?: string; after?: string }; next?: string };
};

export type GraphAnswer<T> =
  /** usage: the highest percentage in X-App-Usage / X-Business-Use-Case-Usage, when sent */
  | { ok: true; body: T; usage: number | null }
  | { ok: false; kind: 'rate_limited'; retryAt: Date; message: string }
  | {
      ok: false;
      kind: 'failed';
      retryable: boolean;
      message: string;
      status: number | null;
      code: number | null;
      /** Graph cannot serve the object asked for: deleted, hidden, or not readable with this token (see isUnreadable) */
      unreadable: boolean;
    };

// Graph's throttling codes: 4 app, 17 user, 32 page, 613 custom; 80001–80014 business use case.
const RATE_LIMIT_CODES = new Set([4, 17, 32, 613]);
// Graph's "Object with ID … does not exist, cannot be loaded due to missing permissions, or does not support this operation".
const OBJECT_MISSING = { code: 100, subcode: 33 };
// Code 10 and the 200–299 range are Graph's permission errors.
const isPermissionCode = (code: number) => code === 10 || (code >= 200 && code <= 299);
// Graph did not say when to come back: its app-level window is a rolling hour, so try again in a quarter of one.
const DEFAULT_RATE_LIMIT_WAIT_MS = 15 * 60_000;
const REQUEST_TIMEOUT_MS = 15_000;

type GraphErrorBody = {
  error?: { message?: unknown; code?: unknown; error_subcode?: unknown; is_transient?: unknown; type?: unknown };
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The highest usage percentage in Graph's usage headers, and how many minutes until access is
 * regained when the business use case header says so.
 */
export function readUsage(headers: Headers): { percent: number | null; regainMinutes: number | null } {
  let percent: number | null = null;
  let regainMinutes: number | null = null;
  const consider = (entry: unknown) => {
    if (!isRecord(entry)) return;
    for (const key of ['call_count', 'total_cputime', 'total_time', 'acc_id_util_pct']) {
      const value = entry[key];
      if (typeof value === 'number' && Number.isFinite(value)) percent = Math.max(percent ?? 0, value);
    }
    const regain = entry.estimated_time_to_regain_access;
    if (typeof regain === 'number' && regain > 0) regainMinutes = Math.max(regainMinutes ?? 0, regain);
  };
  const parse = (raw: string | null): unknown => {
    if (!raw) return undefined;
    try {
      return JSON.parse(raw) as unknown;
    } catch {
      return undefined;
    }
  };
  consider(parse(headers.get('x-app-usage')));
  consider(parse(headers.get('x-page-usage')));
  const business = parse(headers.get('x-business-use-case-usage'));
  if (isRecord(business))
    for (const list of Object.values(business)) if (Array.isArray(list)) for (const entry of list) consider(entry);
  return { percent, regainMinutes };
}

export class GraphClient {
  constructor(
    private readonly baseUrl: string,
    private readonly token: string,
  ) {}

  get<T = unknown>(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<GraphAnswer<T>> {
    const url = new URL(`${this.baseUrl}/${path.replace(/^\//, '')}`);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    url.searchParams.set('access_token', this.token);
    return this.send<T>(url, { method: 'GET' }, signal);
  }

  /** One page of an edge (a feed, a media list, comments): `after` is the cursor the last page gave, null at first. */
  page<T = unknown>(
    path: string,
    params: Record<string, string>,
    after: string | null,
    signal?: AbortSignal,
  ): Promise<GraphAnswer<T>> {
    return this.get<T>(path, after ? { ...params, after } : params, signal);
  }

  /** POST and DELETE carry their parameters as a form body, as Graph expects. */
  post<T = unknown>(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<GraphAnswer<T>> {
    return this.withBody<T>('POST', path, params, signal);
  }

  delete<T = unknown>(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<GraphAnswer<T>> {
    return this.withBody<T>('DELETE', path, params, signal);
  }

  private withBody<T>(
    method: 'POST' | 'DELETE',
    path: string,
    params: Record<string, string>,
    signal?: AbortSignal,
  ): Promise<GraphAnswer<T>> {
    const url = new URL(`${this.baseUrl}/${path.replace(/^\//, '')}`);
    const body = new URLSearchParams({ ...params, access_token: this.token });
    return this.send<T>(
      url,
      { method, body, headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      signal,
    );
  }

  private async send<T>(url: URL, init: RequestInit, signal?: AbortSignal): Promise<GraphAnswer<T>> {
    const timeout = AbortSignal.timeout(REQUEST_TIMEOUT_MS);
    let response: Response;
    let text: string;
    try {
      response = await fetch(url, { ...init, signal: signal ? AbortSignal.any([signal, timeout]) : timeout });
      text = await response.text();
    } catch (error) {
      const reason = error instanceof Error ? error.name : 'error';
      return {
        ok: false,
        kind: 'failed',
        retryable: true,
        message: `Graph API request failed (${reason})`,
        status: null,
        code: null,
        unreadable: false,
      };
    }
    const usage = readUsage(response.headers);
    let body: unknown;
    try {
      body = text === '' ? {} : (JSON.parse(text) as unknown);
    } catch {
      return {
        ok: false,
        kind: 'failed',
        retryable: response.status >= 500,
        message: `Graph API answered HTTP ${response.status} with a body that is not JSON`,
        status: response.status,
        code: null,
        unreadable: response.status === 404,
      };
    }
    if (response.ok && !(isRecord(body) && isRecord(body.error)))
      return { ok: true, body: body as T, usage: usage.percent };

    const error = (body as GraphErrorBody).error ?? {};
    const code = typeof error.code === 'number' ? error.code : null;
    const subcode = typeof error.error_subcode === 'number' ? error.error_subcode : null;
    const detail = typeof error.message === 'string' ? error.message.slice(0, 300) : `HTTP ${response.status}`;
    if (
      response.status === 429 ||
      (code !== null && (RATE_LIMIT_CODES.has(code) || (code >= 80001 && code <= 80014)))
    ) {
      const waitMs = usage.regainMinutes !== null ? usage.regainMinutes * 60_000 : DEFAULT_RATE_LIMIT_WAIT_MS;
      return {
        ok: false,
        kind: 'rate_limited',
        retryAt: new Date(Date.now() + waitMs),
        message: `Graph API rate limit (code ${code ?? response.status})`,
      };
    }
    return {
      ok: false,
      kind: 'failed',
      // Graph marks passing trouble itself; codes 1 and 2 are its "unknown" and "service" errors.
      retryable: response.status >= 500 || error.is_transient === true || code === 1 || code === 2,
      message: `Graph API answered HTTP ${response.status}${code !== null ? ` (code ${code}${subcode !== null ? `/${subcode}` : ''})` : ''}: ${detail}`,
      status: response.status,
      code,
      unreadable: isUnreadable(response.status, code, subcode),
    };
  }
}

/**
 * The object in the path is gone for us (a post deleted or hidden, or no longer readable with this
 * token), as opposed to trouble with the token as a whole (code 190) or with Graph itself: asking
 * again would fail the same way, so the caller can leave that object and go on with others.
 */
function isUnreadable(status: number, code: number | null, subcode: number | null): boolean {
  if (code === 190) return false;
  return (
    status === 404 ||
    (code === OBJECT_MISSING.code && subcode === OBJECT_MISSING.subcode) ||
    (code !== null && isPermissionCode(code))
  );
}

/** Graph writes times as 2026-11-30T10:00:00+0000, which not every parser takes: add the colon. */
export function graphTime(value: unknown): Date | null {
  if (typeof value !== 'string') return null;
  const date = new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(date.getTime()) ? null : date;
}
