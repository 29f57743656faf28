import { GraphClient, type GraphPage } from './graph-client.js';
import { isRecord } from './graph-items.js';
import { moderationAnswer, NOT_CONFIGURED, NOT_CONFIGURED_MESSAGE } from './graph-moderation.js';
import { fetchOwnedPage, type OwnedPlatform } from './owned-walk.js';
import type { FoundReply, ModerationAnswer } from './platform-moderation.types.js';
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

  /**
   * Where the account's replies under a comment are: the edge a reply is posted to and listed
   * from, the query that lists them with their author, and the field that holds their text.
   */
  protected abstract readonly replies: { edge: string; query: Record<string, string>; textField: string };

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

  async reply(commentId: string, text: string, signal?: AbortSignal): Promise<ModerationAnswer> {
    if (!this.client) return NOT_CONFIGURED;
    const path = `${commentId}/${this.replies.edge}`;
    const answer = moderationAnswer(await this.client.post(path, { message: text }, signal));
    if (answer.status !== 'ok') return answer;
    const id = (answer.answer as { id?: unknown } | null)?.id;
    return typeof id === 'string'
      ? { ...answer, resultId: id }
      : { status: 'failed', retryable: false, message: 'Graph API gave no id for the reply' };
  }

  async findReply(commentId: string, text: string, signal?: AbortSignal): Promise<FoundReply> {
    if (!this.client || !this.accountId) return { status: 'failed', message: NOT_CONFIGURED_MESSAGE };
    const { edge, query, textField } = this.replies;
    const answer = await this.client.get<GraphPage>(`${commentId}/${edge}`, query, signal);
    if (!answer.ok) return { status: 'failed', message: answer.message };
    const ours = (answer.body.data ?? []).find(
      (c): c is { id: string; permalink_url?: unknown } =>
        isRecord(c) &&
        typeof c.id === 'string' &&
        c[textField] === text &&
        isRecord(c.from) &&
        c.from.id === this.accountId,
    );
    if (!ours) return { status: 'none' };
    return {
      status: 'found',
      resultId: ours.id,
      ...(typeof ours.permalink_url === 'string' ? { resultUrl: ours.permalink_url } : {}),
    };
  }
}
