import type { ParentPost } from '@ou-listening/shared';
import { graphTime } from './graph-client.js';
import type { ParsedComments } from './owned-walk.js';
import type { BadItem, NormalizedPost } from './source-connector.js';

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A string with something in it, else null: the Graph API leaves fields out or sends them empty. */
export const graphText = (value: unknown): string | null =>
  typeof value === 'string' && value.length > 0 ? value : null;

/**
 * One of our own posts (a Page post, an Instagram media) as the parent of its comments, from the
 * fields each platform names its own way. A post without text (a photo) still has comments.
 */
export function graphParent(raw: unknown, fields: { url: string; text: string; time: string }): ParentPost | null {
  if (!isRecord(raw) || typeof raw.id !== 'string' || raw.id === '') return null;
  const text = raw[fields.text];
  return {
    id: raw.id,
    url: graphText(raw[fields.url]),
    text: typeof text === 'string' ? text : '',
    postedAt: graphTime(raw[fields.time])?.toISOString() ?? null,
  };
}

type GraphComment = Record<string, unknown> & { id: string };

/** One page of comments as it is read: the posts kept, the items quarantined, and the oldest time seen. */
export class CommentPage {
  readonly posts: NormalizedPost[] = [];
  private readonly quarantined: BadItem[] = [];
  private oldest: Date | null = null;

  constructor(private readonly platform: string) {}

  quarantine(item: unknown, error: string): void {
    const externalId = isRecord(item) && typeof item.id === 'string' ? item.id : null;
    this.quarantined.push({ platform: this.platform, externalId, payload: item, error });
  }

  /**
   * The comment and its time, or undefined once it is quarantined for having no id or no valid
   * `timeField`. Every dated comment counts towards the oldest time, kept or not.
   */
  dated(item: unknown, timeField: string): { comment: GraphComment; postedAt: Date } | undefined {
    if (!isRecord(item) || typeof item.id !== 'string' || item.id === '') {
      this.quarantine(item, 'a comment without an id');
      return undefined;
    }
    const postedAt = graphTime(item[timeField]);
    if (!postedAt) {
      this.quarantine(item, `a comment without a valid ${timeField}`);
      return undefined;
    }
    if (this.oldest === null || postedAt < this.oldest) this.oldest = postedAt;
    return { comment: item as GraphComment, postedAt };
  }

  result(): ParsedComments {
    return { posts: this.posts, quarantined: this.quarantined, oldest: this.oldest };
  }
}
