/**
 * A thin typed client for Reddit's OAuth API (snoowrap is unmaintained): app-only OAuth with the
 * client-credentials grant, the token cached until shortly before it expires, and every answer
 * returned with the X-Ratelimit-* headers it carried. Nothing here retries or sleeps: the ingest
 * pipeline decides that.
 */
export type RedditClientOptions = {
  clientId: string;
  clientSecret: string;
  /** Reddit throttles or bans generic agents: `<platform>:<app id>:<version> (by /u/<name>)` */
  userAgent: string;
  /** https://oauth.reddit.com, or a fake */
  baseUrl: string;
  /** https://www.reddit.com/api/v1/access_token, or a fake */
  tokenUrl: string;
  timeoutMs?: number;
};

/** X-Ratelimit-Used/Remaining/Reset: requests used and left in this window, seconds until it resets. */
export type RedditRateLimit = { used: number; remaining: number; resetSeconds: number };

export type RedditAnswer =
  | { ok: true; body: unknown; rateLimit: RedditRateLimit | null }
  | {
      ok: false;
      /** 0 when no HTTP answer came at all (network error, timeout) */
      status: number;
      /** 'token' when the client credentials themselves were refused */
      stage: 'token' | 'api';
      message: string;
      rateLimit: RedditRateLimit | null;
      /** Retry-After in seconds, when sent */
      retryAfterSeconds: number | null;
    };

const TOKEN_EARLY_EXPIRY_MS = 60_000;

function readRateLimit(headers: Headers): RedditRateLimit | null {
  const used = Number(headers.get('x-ratelimit-used'));
  const remaining = Number(headers.get('x-ratelimit-remaining'));
  const resetSeconds = Number(headers.get('x-ratelimit-reset'));
  if (headers.get('x-ratelimit-remaining') === null || !Number.isFinite(remaining)) return null;
  return {
    used: Number.isFinite(used) ? used : 0,
    remaining,
    resetSeconds: Number.isFinite(resetSeconds) && resetSeconds >= 0 ? resetSeconds : 600,
  };
}

function retryAfter(headers: Headers): number | null {
  const value = Number(headers.get('retry-after'));
  return Number.isFinite(value) && value > 0 ? value : null;
}

export class RedditApiClient {
  private token: { value: string; expiresAt: number } | undefined;

  constructor(private readonly options: RedditClientOptions) {}

  /** GET a path on the OAuth host (`/search`, `/r/OpenUniversity/new`, `/api/info`) with query parameters. */
  async get(path: string, params: Record<string, string>, signal?: AbortSignal): Promise<RedditAnswer> {
    const token = await this.accessToken(signal);
    if (!token.ok) return token;
    const url = new URL(path, this.options.baseUrl);
    for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value);
    let response: Response;
    try {
      response = await fetch(url, {
        headers: { authorization: `bearer ${token.value}`, 'user-agent': this.options.userAgent },
        signal: this.signal(signal),
      });
    } catch (error) {
      return this.networkFailure(error);
    }
    const rateLimit = readRateLimit(response.headers);
    if (response.status === 401) this.token = undefined; // expired or revoked early: fetch a new one next time
    if (!response.ok) {
      await response.body?.cancel();
      return {
        ok: false,
        status: response.status,
        stage: 'api',
        message: `Reddit answered HTTP ${response.status} for ${url.pathname}`,
        rateLimit,
        retryAfterSeconds: retryAfter(response.headers),
      };
    }
    try {
      return { ok: true, body: await response.json(), rateLimit };
    } catch {
      return {
        ok: false,
        status: response.status,
        stage: 'api',
        message: `Reddit sent a body that is not JSON for ${url.pathname}`,
        rateLimit,
        retryAfterSeconds: null,
      };
    }
  }

  private async accessToken(
    signal: AbortSignal | undefined,
  ): Promise<{ ok: true; value: string } | Extract<RedditAnswer, { ok: false }>> {
    if (this.token && this.token.expiresAt > Date.now()) return { ok: true, value: this.token.value };
    const basic = Buffer.from(`${this.options.clientId}:${this.options.clientSecret}`).toString('base64');
    let response: Response;
    try {
      response = await fetch(this.options.tokenUrl, {
        method: 'POST',
        headers: {
          authorization: `Basic ${basic}`,
          'user-agent': this.options.userAgent,
          'content-type': 'application/x-www-form-urlencoded',
        },
        body: 'grant_type=client_credentials',
        signal: this.signal(signal),
      });
    } catch (error) {
      return this.networkFailure(error);
    }
    const body = (await response.json().catch(() => null)) as {
      access_token?: unknown;
      expires_in?: unknown;
      error?: unknown;
    } | null;
    if (!response.ok || typeof body?.access_token !== 'string') {
      // Reddit answers a bad client id or secret with 401, and a bad grant with 200 and {"error": ...}.
      const status = response.ok ? 401 : response.status;
      return {
        ok: false,
        status,
        stage: 'token',
        message: `Reddit refused the client credentials (HTTP ${response.status}${
          typeof body?.error === 'string' ? `, ${body.error}` : ''
        })`,
        rateLimit: readRateLimit(response.headers),
        retryAfterSeconds: retryAfter(response.headers),
      };
    }
    const lifetimeMs = (typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in : 3600) * 1000;
    this.token = {
      value: body.access_token,
      expiresAt: Date.now() + Math.max(lifetimeMs - TOKEN_EARLY_EXPIRY_MS, lifetimeMs / 2),
    };
    return { ok: true, value: body.access_token };
  }

  private signal(outer: AbortSignal | undefined): AbortSignal {
    const timeout = AbortSignal.timeout(this.options.timeoutMs ?? 15_000);
    return outer ? AbortSignal.any([outer, timeout]) : timeout;
  }

  private networkFailure(error: unknown): Extract<RedditAnswer, { ok: false }> {
    const cause = error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : '';
    return {
      ok: false,
      status: 0,
      stage: 'api',
      message: `Reddit request failed: ${cause || String(error)}`,
      rateLimit: null,
      retryAfterSeconds: null,
    };
  }
}
