import { GraphClient } from './graph-client.js';
import { moderationAnswer, NOT_CONFIGURED } from './graph-moderation.js';
import { fetchOwnedPage, type OwnedPlatform } from './owned-walk.js';
import type { ModerationAnswer } from './platform-moderation.types.js';
import type { Cursor, PageResult } from './source-connector.js';

/**
 * An OU account reached through the Graph API with the Page token (Facebook Page, Instagram
 * account): configured when its id and the token are set; its comments walked by fetchOwnedPage;
 * hiding a comment is one field set on it. Watch queries do not apply: every comment on our own
 * posts is ours to see.
 */
export abstract class GraphOwnedConnector {
  readonly ignoresWatchQueries = true;
  protected readonly client: GraphClient | undefined;

  protected constructor(
    /** the account's id on the platform, from `accountVariable` (FACEBOOK_PAGE_ID, INSTAGRAM_USER_ID) */
    protected readonly accountId: string | undefined,
    private readonly accountVariable: string,
    graph: { graphUrl: string; pageToken?: string | undefined },
    /** the comment field that hides it (`is_hidden` on Facebook, `hide` on Instagram) */
    private readonly hiddenField: string,
  ) {
    this.client = accountId && graph.pageToken ? new GraphClient(graph.graphUrl, graph.pageToken) : undefined;
  }

  /** How this platform lists our posts and their comments. */
  protected abstract owned(client: GraphClient, accountId: string): OwnedPlatform;

  get configured(): boolean {
    return this.client !== undefined;
  }

  fetchPage(_query: unknown, cursor: Cursor, signal?: AbortSignal): Promise<PageResult> {
    const { client, accountId } = this;
    if (!client || !accountId)
      return Promise.resolve({
        status: 'failed',
        retryable: false,
        message: `${this.accountVariable} is not set`,
        cursor,
      });
    return fetchOwnedPage(this.owned(client, accountId), cursor, new Date(), signal);
  }

  async setHidden(commentId: string, hidden: boolean, signal?: AbortSignal): Promise<ModerationAnswer> {
    if (!this.client) return NOT_CONFIGURED;
    return moderationAnswer(await this.client.post(commentId, { [this.hiddenField]: String(hidden) }, signal));
  }
}
