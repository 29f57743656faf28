import { parseFeedItem } from './rss-item';

const FEED = 'https://news.example.co.uk/feeds/ou.xml';
const fetchedAt = new Date('2026-12-01T09:00:00Z');
const urlOf = (item: Record<string, unknown>) => {
  const parsed = parseFeedItem({ title: 'Open University news', ...item }, FEED, fetchedAt);
  return parsed.kind === 'post' ? parsed.post.url : 'quarantined';
};

describe('a feed item’s page', () => {
  it('resolves a relative link against the feed’s address', () => {
    expect(urlOf({ link: '/stories/ou-1', guid: 'ou-1' })).toBe('https://news.example.co.uk/stories/ou-1');
    expect(urlOf({ link: 'ou-2.html' })).toBe('https://news.example.co.uk/feeds/ou-2.html');
  });

  it('takes a guid that is a web address when there is no link, and no other guid', () => {
    expect(urlOf({ guid: 'https://news.example.co.uk/stories/ou-3' })).toBe('https://news.example.co.uk/stories/ou-3');
    expect(urlOf({ guid: 'ou-4' })).toBeNull();
    expect(urlOf({ guid: 'ou-5', link: 'javascript:alert(1)' })).toBeNull();
  });

  it('dates an item whose date no parser reads when it was first fetched', () => {
    const parsed = parseFeedItem({ title: 'x', guid: 'ou-6', pubDate: 'the day before yesterday' }, FEED, fetchedAt);
    expect(parsed).toMatchObject({ kind: 'post', post: { postedAt: fetchedAt } });
  });
});
