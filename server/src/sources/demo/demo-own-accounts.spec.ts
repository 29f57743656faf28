import type { AppConfig } from '../../config/app-config';
import type { Cursor, NormalizedPost, WatchQuery } from '../source-connector';
import { demoCorpus } from './demo-corpus';
import { DEMO_BACKFILL, DemoConnector } from './demo.connector';

const QUERY: WatchQuery = {
  id: '1',
  name: 'The Open University',
  phrases: ['Open University'],
  handles: ['OpenUniversity'],
  hashtags: ['OpenUniversity'],
  exclusions: [],
  language: null,
  includeReposts: false,
  subreddits: [],
  feeds: [],
};
/** The first poll's "now", fixed so that two replays of the history can be compared post by post. */
const FIRST_POLL = '2026-03-02T12:00:00.000Z';

const connector = new DemoConnector({ ingest: { demo: true } } as AppConfig);

/** The 90 days of history the first polls release, page by page as ingestion asks for it. */
async function history(query: WatchQuery): Promise<NormalizedPost[]> {
  const posts: NormalizedPost[] = [];
  let cursor: Cursor = { released: 0, backfillEndsAt: FIRST_POLL };
  for (;;) {
    const page = await connector.fetchPage(query, cursor);
    if (page.status !== 'ok') throw new Error(`the demo source answered ${page.status}`);
    posts.push(...page.posts);
    cursor = page.cursor;
    if (page.done) return posts;
  }
}

const corpusPostOf = (post: NormalizedPost) => demoCorpus()[Number(/^demo-(\d+)/.exec(post.externalId)![1])]!;

describe("the demo source's comments on the OU's own pages", () => {
  let posts: NormalizedPost[];
  let comments: NormalizedPost[];
  beforeAll(async () => {
    posts = await history(QUERY);
    comments = posts.filter((p) => p.ownAccount);
  });

  it('are about one post in ten, spread over our Facebook Page, Instagram account and YouTube channel', () => {
    expect(posts).toHaveLength(DEMO_BACKFILL);
    expect(comments.length / posts.length).toBeGreaterThan(0.08);
    expect(comments.length / posts.length).toBeLessThan(0.12);
    const byPlatform = Object.groupBy(comments, (c) => c.platform);
    expect(Object.keys(byPlatform).sort()).toEqual(['facebook', 'instagram', 'youtube']);
    expect(byPlatform.instagram!.length).toBeGreaterThanOrEqual(10);
    expect(byPlatform.youtube!.length).toBeGreaterThanOrEqual(10);
  });

  it('each says which post of ours it was left on, posted before it, and may be hidden and answered', () => {
    for (const comment of comments) {
      const { parentPost, canHide, canReply } = comment.ownAccount!;
      expect({ canHide, canReply, isDemo: comment.isDemo }).toEqual({ canHide: true, canReply: true, isDemo: true });
      expect(parentPost!.text.length).toBeGreaterThan(20);
      expect(new URL(parentPost!.url!).protocol).toBe('https:');
      expect(Date.parse(parentPost!.postedAt!)).toBeLessThanOrEqual(comment.postedAt.getTime());
      expect(comment.postedAt.getTime() - Date.parse(parentPost!.postedAt!)).toBeLessThan(7 * 86_400_000);
      expect(comment.inReplyToId).toBe(parentPost!.id);
    }
    // Comments under the same post of ours see the same post.
    for (const under of Object.values(Object.groupBy(comments, (c) => c.ownAccount!.parentPost!.id)))
      expect(new Set(under!.map((c) => JSON.stringify(c.ownAccount!.parentPost))).size).toBe(1);
    const ours = comments.map((c) => c.ownAccount!.parentPost!.text).join('\n');
    expect(ours).toMatch(/Results day/);
    expect(ours).toMatch(/degree ceremony/i);
    expect(ours).toMatch(/deadline to register/);
  });

  it('keep the corpus text, and are what people leave under a post: questions, complaints and abuse', () => {
    for (const comment of comments) {
      const source = corpusPostOf(comment);
      expect(comment.text).toBe(source.text);
      expect(source.theme === 'everyday' && !source.text.includes('?')).toBe(false);
    }
    const themes = new Set(comments.map((c) => corpusPostOf(c).theme));
    expect([...themes].sort()).toEqual(['criticism', 'disrepute', 'everyday']);
  });

  it('are the same posts on every replay, whatever the watch query asks for', async () => {
    const other = await history({ ...QUERY, id: '2', phrases: ['distance learning'], exclusions: ['fees'] });
    const shape = (c: NormalizedPost) => ({ ...c, postedAt: c.postedAt.toISOString() });
    expect(other.filter((p) => p.ownAccount).map(shape)).toEqual(comments.map(shape));
    expect(comments.some((c) => /fees/i.test(c.text))).toBe(true);
  });
});
