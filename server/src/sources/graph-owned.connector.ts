import type { ParentPost } from '@ou-listening/shared';
import { GraphClient, type GraphPage } from './graph-client.js';
import { isRecord } from './graph-items.js';
import { moderationAnswer, NOT_CONFIGURED, NOT_CONFIGURED_MESSAGE } from './graph-moderation.js';
import { fetchOwnedPage, type OwnedPlatform, type ParsedComments } from './owned-walk.js';
import type { FoundReply, ModerationAnswer } from './platform-moderation.types.js';
import type { Cursor, PageResult } from './source-connector.js';

/** A Graph edge listed with a query, and how its items are read. */
type GraphList<Parse> = { query: Record<string, string>; parse: Parse };

/**
 * How the walk reads one platform: our posts from the account's `parents.edge`, then each post's
 * `comments` edge; `newestFirst` when that edge answers newest first (see OwnedPlatform).
 */
export type GraphWalk = {
  newestFirst: boolean;
  parents: GraphList<OwnedPlatform['parseParent']> & { edge: string };
  comments: GraphList<(raw: unknown[], parent: ParentPost, accountId: string) => ParsedComments>;
};

/**
 * An OU account reached through the Graph API with the Page token (Facebook Page, Instagram
 * account): configured when its id and the token are set; its comments walked by fetchOwnedPage;
 * hiding a comment is one field set on it. Watch queries do not apply: every comment on our own
 * posts is ours to see.
 */
export abstract class GraphOwnedConnector<K extends 'facebook' | 'instagram'> {
  readonly ignoresWatchQueries = true;
  /** the source kind is the mentions.platform value too */
  readonly platform: K;
  protected readonly client: GraphClient | undefined;

  protected constructor(
    readonly kind: K,
    /** the account's id on the platform, from `accountVariable` (FACEBOOK_PAGE_ID, INSTAGRAM_USER_ID) */
    protected readonly accountId: string | undefined,
    private readonly accountVariable: string,
    graph: { graphUrl: string; pageToken?: string | undefined },
    /** the comment field that hides it (`is_hidden` on Facebook, `hide` on Instagram) */
    private readonly hiddenField: string,
  ) {
    this.platform = kind;
    this.client = accountId && graph.pageToken ? new GraphClient(graph.graphUrl, graph.pageToken) : undefined;
  }

  /** How this platform lists our posts and their comments. */
  protected abstract readonly walk: GraphWalk;

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

  private owned(client: GraphClient, accountId: string): OwnedPlatform {
    const { newestFirst, parents, comments } = this.walk;
    return {
      platform: this.platform,
      newestFirst,
      listParents: (after, signal) => client.page(`${accountId}/${parents.edge}`, parents.query, after, signal),
      parseParent: parents.parse,
      listComments: (parentId, after, signal) => client.page(`${parentId}/comments`, comments.query, after, signal),
      parseComments: (raw, parent) => comments.parse(raw, parent, accountId),
    };
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
