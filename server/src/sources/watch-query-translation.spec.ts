import { translateWatchQuery, X_QUERY_MAX } from './watch-query-translation';

const NONE: Parameters<typeof translateWatchQuery>[0] = {
  phrases: [],
  handles: [],
  hashtags: [],
  exclusions: [],
  language: null,
  includeReposts: false,
  subreddits: [],
  feeds: [],
};

const searchesOf = (query: Partial<typeof NONE>) =>
  Object.fromEntries(translateWatchQuery({ ...NONE, ...query }).map((t) => [t.platform, t.searches]));

describe('a watch query as each platform is asked it', () => {
  it('the default query: X in one query, Bluesky per term, Mastodon as hashtags, Reddit with its subreddit', () => {
    expect(
      searchesOf({
        phrases: ['Open University'],
        handles: ['OpenUniversity'],
        hashtags: ['OpenUniversity'],
        subreddits: ['OpenUniversity'],
      }),
    ).toEqual({
      x: ['("Open University" OR @OpenUniversity OR #OpenUniversity) -is:retweet'],
      bluesky: ['"Open University"', '#OpenUniversity', '"@OpenUniversity"'],
      mastodon: ['#OpenUniversity', 'search "Open University" (with MASTODON_TOKEN)'],
      reddit: ['search: ("Open University" OR OpenUniversity)', 'r/OpenUniversity/new'],
      youtube: ['videos: "Open University"|OpenUniversity', 'comments on them: Open University'],
      rss: [],
    });
  });

  it('feeds are read as they are; a handle-only query has nothing to search on Reddit or YouTube', () => {
    const searches = searchesOf({ handles: ['OU_Careers'], feeds: ['https://example.org/feed.xml'] });
    expect(searches.rss).toEqual(['https://example.org/feed.xml']);
    expect(searches.reddit).toEqual([]);
    expect(searches.youtube).toEqual([]);
    expect(searches.x).toEqual(['@OU_Careers -is:retweet']);
  });

  it('names the problem when X would refuse the query for its length, and only then', () => {
    const long = Array.from({ length: 8 }, (_, i) => `phrase ${i} ${'y'.repeat(62)}`);
    const [x] = translateWatchQuery({ ...NONE, phrases: long });
    expect(x!.searches[0]!.length).toBeGreaterThan(X_QUERY_MAX);
    expect(x!.problem).toBe(
      `The X query would be ${x!.searches[0]!.length} characters; X accepts at most 512. Use fewer or shorter terms.`,
    );
    expect(translateWatchQuery({ ...NONE, phrases: long.slice(0, 3) })[0]!.problem).toBeNull();
  });
});
