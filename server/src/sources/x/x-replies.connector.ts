import { Inject, Injectable, Logger } from '@nestjs/common';
import type { ParentPost } from '@ou-listening/shared';
import { ApiPartialResponseError, ApiRequestError, ApiResponseError, TwitterApi } from 'twitter-api-v2';
import type { AppConfig } from '../../config/app-config.js';
import { APP_CONFIG } from '../../config/app-config.module.js';
import type { XOwnedConfig } from '../../config/own-accounts-config.js';
import type { FoundReply, ModerationAnswer, PlatformModerator } from '../platform-moderation.types.js';
import { PlatformConnector } from '../platform-connector.js';
import type { Cursor, PageResult } from '../source-connector.js';
import { PlatformTokenStore, type TokenOwner, type TokenPair } from '../platform-token.store.js';
import { baseUrlPlugin } from './x-api-client.js';
import { isSearchResponse, parseTweets, searchParams, staleSinceIdNote, type XSearchResponse } from './x-tweet.js';

/**
 * Replies in @OpenUniversity's own conversations on X (issue 16), read and acted on with a
 * user-context OAuth 2.0 token of the account (tweet.read users.read tweet.write
 * tweet.moderate.write offline.access). A walk reads the account's recent posts, then searches
 * for the replies in their conversations (conversation_id:…) newer than the high-water mark.
 * Because every reply found is in a conversation the OU started, X lets the OU hide it
 * (PUT /2/tweets/:id/hidden); the OU can also answer it with a reply post. X's API does not let
 * this app block accounts. An expired access token is refreshed with the refresh token; X rotates
 * refresh tokens, so the new pair is stored (sealed, in platform_tokens) and read back after a
 * restart and by other replicas, one of which refreshes at a time.
 *
 * sinceId: the newest reply of the last finished walk; walk: the conversations being searched and
 * the search's next_token and first-page newest_id, so a run that dies half way resumes it.
 */
type XRepliesCursor = {
  sinceId?: string;
  walk?: { parents: ParentPost[]; nextToken?: string; newestId?: string };
};

const REQUEST_TIMEOUT_MS = 15_000;
const DEFAULT_RATE_LIMIT_WAIT_MS = 15 * 60_000;
/** Our recent posts whose conversations are searched; ten conversation_id: terms fit X's 512 characters. */
const CONVERSATIONS = 10;
const PARENT_TEXT_MAX = 500;

function readCursor(cursor: Cursor): XRepliesCursor {
  const walk = cursor.walk as { parents?: unknown; nextToken?: unknown; newestId?: unknown } | undefined;
  return {
    ...(typeof cursor.sinceId === 'string' ? { sinceId: cursor.sinceId } : {}),
    ...(walk && Array.isArray(walk.parents)
      ? {
          walk: {
            parents: walk.parents as ParentPost[],
            ...(typeof walk.nextToken === 'string' ? { nextToken: walk.nextToken } : {}),
            ...(typeof walk.newestId === 'string' ? { newestId: walk.newestId } : {}),
          },
        }
      : {}),
  };
}

/** The cursor that asks a walk's parents again from the top, with no mark. */
function restartWalk(at: { walk?: { parents: ParentPost[] } }): Cursor {
  return at.walk ? { walk: { parents: at.walk.parents } } : {};
}

/** A failed X call as a moderation answer: a 5xx or a network error is retried, a refusal is not. */
function answerOf(error: unknown): ModerationAnswer {
  if (error instanceof ApiResponseError) {
    if (error.code === 429) {
      const reset = error.rateLimit?.reset;
      return {
        status: 'rate_limited',
        retryAt: reset ? new Date(reset * 1000) : new Date(Date.now() + DEFAULT_RATE_LIMIT_WAIT_MS),
        message: 'X API rate limit',
      };
    }
    const detail = (error.data as { detail?: unknown } | undefined)?.detail;
    return {
      status: 'failed',
      retryable: error.code >= 500,
      message: `X API answered HTTP ${error.code}${typeof detail === 'string' ? `: ${detail.slice(0, 200)}` : ''}`,
    };
  }
  if (error instanceof ApiRequestError || error instanceof ApiPartialResponseError)
    return { status: 'failed', retryable: true, message: `X API request failed: ${error.message}` };
  return { status: 'failed', retryable: true, message: error instanceof Error ? error.message : String(error) };
}

@Injectable()
export class XRepliesConnector extends PlatformConnector<'x_replies'> implements PlatformModerator {
  readonly platform = 'x';
  readonly ignoresWatchQueries = true;
  readonly label = 'X';
  readonly blockRefusal = "X's API does not let this app block accounts: block it in the X app as @OpenUniversity";
  readonly notOursRefusal =
    'X lets @OpenUniversity hide and answer from here only replies in conversations it started, and this post is not one';
  private readonly logger = new Logger('XReplies');
  private readonly config: XOwnedConfig | undefined;
  private client: TwitterApi | undefined;
  private accessToken: string | undefined;
  private refreshToken: string | undefined;
  private refreshing: Promise<boolean> | undefined;
  /** the stored tokens, read once before the first call */
  private stored: Promise<void> | undefined;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly tokenStore: PlatformTokenStore,
  ) {
    const xOwned = config.ownAccounts.xOwned;
    const set = xOwned !== undefined;
    super('x_replies', {
      X_OWN_USER_ID: set,
      X_USER_ACCESS_TOKEN: set,
      X_USER_REFRESH_TOKEN: xOwned?.refreshToken !== undefined,
      X_OAUTH_CLIENT_ID: xOwned?.clientId !== undefined,
    });
    this.config = xOwned;
    if (this.config) this.use({ accessToken: this.config.accessToken, refreshToken: this.config.refreshToken ?? '' });
  }

  get configured(): boolean {
    return this.client !== undefined;
  }

  private plugins() {
    return this.config && this.config.baseUrl !== 'https://api.x.com' ? [baseUrlPlugin(this.config.baseUrl)] : [];
  }

  private userClient(accessToken: string): TwitterApi {
    return new TwitterApi(accessToken, { plugins: this.plugins() });
  }

  private use(pair: TokenPair): void {
    this.client = this.userClient(pair.accessToken);
    this.accessToken = pair.accessToken;
    this.refreshToken = pair.refreshToken || undefined;
  }

  /** Whose tokens these are in platform_tokens; undefined when there is no refresh token to rotate. */
  private owner(): TokenOwner | undefined {
    const { config } = this;
    return config?.refreshToken
      ? { platform: 'x', accountId: config.userId, seedRefreshToken: config.refreshToken }
      : undefined;
  }

  /** Takes up the tokens an earlier process (or another replica) stored, once. */
  private loadStored(): Promise<void> {
    const owner = this.owner();
    if (!owner) return Promise.resolve();
    this.stored ??= this.tokenStore.load(owner).then(
      (pair) => {
        if (pair) this.use(pair);
      },
      (error: unknown) => {
        this.stored = undefined;
        throw error;
      },
    );
    return this.stored;
  }

  /**
   * One refresh at a time across replicas; true when a new access token is in hand. Another
   * replica may have refreshed already: then its stored pair is taken up instead.
   */
  private refresh(): Promise<boolean> {
    const { config } = this;
    const owner = this.owner();
    if (!config?.clientId || !owner) return Promise.resolve(false);
    this.refreshing ??= (async () => {
      try {
        return await this.tokenStore.whileLocked(owner, async (tx) => {
          const stored = await this.tokenStore.load(owner, tx);
          if (stored && stored.accessToken !== this.accessToken) {
            this.use(stored);
            return true;
          }
          const app = new TwitterApi(
            { clientId: config.clientId!, ...(config.clientSecret ? { clientSecret: config.clientSecret } : {}) },
            { plugins: this.plugins() },
          );
          const result = await app.refreshOAuth2Token(stored?.refreshToken ?? this.refreshToken ?? '');
          const pair = {
            accessToken: result.accessToken,
            refreshToken: result.refreshToken ?? this.refreshToken ?? '',
          };
          await this.tokenStore.save(owner, pair, tx);
          this.use(pair);
          return true;
        });
      } catch (error) {
        this.logger.warn(`X token refresh failed: ${answerOf(error).status === 'failed' ? 'refused' : 'rate limited'}`);
        return false;
      } finally {
        this.refreshing = undefined;
      }
    })();
    return this.refreshing;
  }

  /** Runs a call with the user token, refreshing it once if X says it has expired. */
  private async withUser<T>(call: (client: TwitterApi) => Promise<T>): Promise<T> {
    await this.loadStored();
    const client = this.client!;
    try {
      return await call(client);
    } catch (error) {
      if (error instanceof ApiResponseError && error.code === 401 && (await this.refresh())) return call(this.client!);
      throw error;
    }
  }

  async fetchPage(_query: unknown, cursor: Cursor): Promise<PageResult> {
    const config = this.config;
    if (!this.client || !config)
      return { status: 'failed', retryable: false, message: 'X_OWN_USER_ID is not set', cursor };
    const at = readCursor(cursor);
    try {
      if (!at.walk) {
        const body = await this.withUser((c) =>
          c.v2.get<{ data?: unknown[] }>(
            `users/${config.userId}/tweets`,
            {
              max_results: String(CONVERSATIONS),
              exclude: 'replies,retweets',
              'tweet.fields': 'created_at,conversation_id',
            },
            { timeout: REQUEST_TIMEOUT_MS },
          ),
        );
        const parents: ParentPost[] = [];
        for (const raw of body.data ?? []) {
          const t = raw as { id?: unknown; text?: unknown; created_at?: unknown };
          if (typeof t.id !== 'string' || !/^\d{1,20}$/.test(t.id)) continue;
          parents.push({
            id: t.id,
            url: `https://x.com/${encodeURIComponent('OpenUniversity')}/status/${t.id}`,
            text: typeof t.text === 'string' ? t.text.slice(0, PARENT_TEXT_MAX) : '',
            postedAt: typeof t.created_at === 'string' ? t.created_at : null,
          });
        }
        if (parents.length === 0) return { status: 'ok', posts: [], quarantined: [], cursor, done: true };
        return { status: 'ok', posts: [], quarantined: [], cursor: { ...cursor, walk: { parents } }, done: false };
      }

      const walk = at.walk;
      const conversations = walk.parents.map((p) => `conversation_id:${p.id}`).join(' OR ');
      const params = searchParams(`(${conversations}) is:reply -from:${config.userId}`, at.sinceId, walk.nextToken);
      const body = await this.withUser((c) =>
        c.v2.get<XSearchResponse>('tweets/search/recent', params, { timeout: REQUEST_TIMEOUT_MS }),
      );
      if (!isSearchResponse(body)) throw new Error('X answered 200 without a search result');
      const parsed = parseTweets(body);
      const byId = new Map(walk.parents.map((p) => [p.id, p]));
      const posts = parsed.posts
        .filter((p) => p.authorId !== config.userId)
        .map((p) => ({
          ...p,
          ownAccount: {
            parentPost: (p.conversationId && byId.get(p.conversationId)) || null,
            // Every reply here is in a conversation @OpenUniversity started: X lets its author hide it.
            canHide: p.conversationId !== null && byId.has(p.conversationId),
            canReply: true,
          },
        }));
      const newestId = walk.nextToken ? walk.newestId : body.meta?.newest_id;
      const nextToken = body.meta?.next_token;
      if (nextToken)
        return {
          status: 'ok',
          posts,
          quarantined: parsed.quarantined,
          cursor: {
            ...(at.sinceId ? { sinceId: at.sinceId } : {}),
            walk: { parents: walk.parents, nextToken, ...(newestId ? { newestId } : {}) },
          },
          done: false,
        };
      const sinceId = newestId ?? at.sinceId;
      return { status: 'ok', posts, quarantined: parsed.quarantined, cursor: sinceId ? { sinceId } : {}, done: true };
    } catch (error) {
      const stale = staleSinceIdNote(error, at.sinceId);
      // The walk's next_token belonged to the refused search: its parents are asked again from the top.
      if (stale) return { status: 'ok', posts: [], quarantined: [stale], cursor: restartWalk(at), done: false };
      const answer = answerOf(error);
      if (answer.status === 'rate_limited') return { status: 'rate_limited', retryAt: answer.retryAt, cursor };
      if (answer.status === 'failed')
        return { status: 'failed', retryable: answer.retryable, message: answer.message, cursor };
      return { status: 'failed', retryable: true, message: 'unexpected answer', cursor };
    }
  }

  async setHidden(tweetId: string, hidden: boolean): Promise<ModerationAnswer> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'X_OWN_USER_ID is not set' };
    try {
      const result = await this.withUser((c) => c.v2.hideReply(tweetId, hidden));
      if (result.data?.hidden !== hidden)
        return { status: 'failed', retryable: false, message: `X answered hidden: ${String(result.data?.hidden)}` };
      return { status: 'ok', answer: result };
    } catch (error) {
      return answerOf(error);
    }
  }

  async reply(tweetId: string, text: string): Promise<ModerationAnswer> {
    if (!this.client) return { status: 'failed', retryable: false, message: 'X_OWN_USER_ID is not set' };
    try {
      const result = await this.withUser((c) => c.v2.reply(text, tweetId));
      const id = result.data?.id;
      if (typeof id !== 'string') return { status: 'failed', retryable: false, message: 'X gave no id for the reply' };
      return { status: 'ok', answer: result, resultId: id, resultUrl: `https://x.com/OpenUniversity/status/${id}` };
    } catch (error) {
      return answerOf(error);
    }
  }

  /**
   * Our reply to this post, from recent search (in_reply_to_tweet_id: from:us). Search can lag
   * a few seconds behind a new post; the outbox's backoff gives it that time before a retry.
   */
  async findReply(tweetId: string, text: string): Promise<FoundReply> {
    const config = this.config;
    if (!this.client || !config) return { status: 'failed', message: 'X_OWN_USER_ID is not set' };
    try {
      const body = await this.withUser((c) =>
        c.v2.get<XSearchResponse>(
          'tweets/search/recent',
          { query: `in_reply_to_tweet_id:${tweetId} from:${config.userId}`, max_results: '100' },
          { timeout: REQUEST_TIMEOUT_MS },
        ),
      );
      const ours = (body.data ?? []).find((t) => (t as { text?: unknown }).text === text) as
        { id?: unknown } | undefined;
      return typeof ours?.id === 'string'
        ? { status: 'found', resultId: ours.id, resultUrl: `https://x.com/OpenUniversity/status/${ours.id}` }
        : { status: 'none' };
    } catch (error) {
      const answer = answerOf(error);
      return { status: 'failed', message: answer.status === 'ok' ? 'unexpected answer' : answer.message };
    }
  }

  setBlocked(): Promise<ModerationAnswer> {
    return Promise.resolve({ status: 'failed', retryable: false, message: this.blockRefusal });
  }
}
