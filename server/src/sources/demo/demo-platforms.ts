import type { DemoPost } from './demo-corpus.js';

/** The platforms the demo source imitates, and roughly how much of the talk each carries. */
export const DEMO_PLATFORMS = ['x', 'reddit', 'bluesky', 'mastodon', 'youtube', 'rss'] as const;
export type DemoPlatform = (typeof DEMO_PLATFORMS)[number];

const SHARES: readonly [DemoPlatform, number][] = [
  ['x', 0.34],
  ['reddit', 0.16],
  ['bluesky', 0.15],
  ['mastodon', 0.12],
  ['youtube', 0.12],
  ['rss', 0.11],
];

/** The platform for a 0–1 draw, by the shares above. */
export function pickDemoPlatform(draw: number): DemoPlatform {
  let left = draw;
  for (const [platform, share] of SHARES) {
    left -= share;
    if (left < 0) return platform;
  }
  return 'x';
}

const MASTODON_INSTANCES = ['mastodon.social', 'mastodon.online', 'mstdn.social', 'fosstodon.org'];
const SUBREDDITS = ['OpenUniversity', 'OpenUniversity', 'UniUK', 'GetStudying'];
// .example is reserved (RFC 2606): a demo blog link can never open someone's real site.
const BLOGS = [
  { name: 'Distance Learning Diaries', host: 'distancelearningdiaries.example' },
  { name: 'Part-time and Proud', host: 'parttimeandproud.example' },
  { name: 'The Mature Student', host: 'thematurestudent.example' },
  { name: 'Education Desk', host: 'news.educationdesk.example' },
];

const BASE32_SORTABLE = '234567abcdefghijklmnopqrstuvwxyz';
const BASE36 = '0123456789abcdefghijklmnopqrstuvwxyz';
export const BASE64_URL = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Deterministic characters for a position, so a re-fetched page carries the same ids. */
export function chars(seed: number, length: number, alphabet: string): string {
  let state = (seed * 2_654_435_761) >>> 0 || 1;
  let out = '';
  for (let i = 0; i < length; i++) {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    state >>>= 0;
    out += alphabet[state % alphabet.length];
  }
  return out;
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .split('-')
    .slice(0, 7)
    .join('-');
}

const pickFrom = <T>(items: readonly T[], position: number): T => items[position % items.length]!;

export type DemoShape = { url: string; authorId: string; authorHandle: string | null; authorName: string };

/**
 * How a corpus post looks on one platform: the author's handle as that platform writes it and a
 * link of the platform's own shape (ids derived from the time, as the platforms do), so the queue
 * reads like the real thing. The posts are invented: none of these links leads to a real post.
 */
export function demoPlatformPost(platform: DemoPlatform, post: DemoPost, position: number, postedAt: Date): DemoShape {
  const ms = BigInt(postedAt.getTime());
  const sequence = BigInt(position % 4096);
  const handle = post.authorHandle;
  switch (platform) {
    case 'x': {
      const id = ((ms - 1_288_834_974_657n) << 22n) | sequence;
      return {
        url: `https://x.com/${handle}/status/${id}`,
        authorId: `demo-x-${handle}`,
        authorHandle: handle,
        authorName: post.authorName,
      };
    }
    case 'mastodon': {
      const instance = pickFrom(MASTODON_INSTANCES, position);
      const id = (ms << 16n) | sequence;
      return {
        url: `https://${instance}/@${handle}/${id}`,
        authorId: `demo-mastodon-${handle}@${instance}`,
        authorHandle: `${handle}@${instance}`,
        authorName: post.authorName,
      };
    }
    case 'bluesky': {
      const bskyHandle = `${handle.replace(/_/g, '-')}.bsky.social`;
      // A TID: microseconds since the epoch and a clock id, base32-sortable, 13 characters.
      let tid = ((ms * 1000n) << 10n) | sequence;
      let rkey = '';
      for (let i = 0; i < 13; i++) {
        rkey = BASE32_SORTABLE[Number(tid & 31n)] + rkey;
        tid >>= 5n;
      }
      return {
        url: `https://bsky.app/profile/${bskyHandle}/post/${rkey}`,
        authorId: `did:plc:demo${chars(position, 20, BASE32_SORTABLE)}`,
        authorHandle: bskyHandle,
        authorName: post.authorName,
      };
    }
    case 'reddit': {
      // Reddit ids count up in base 36; one starting with z is years beyond any real post.
      const id = `z${chars(position, 6, BASE36)}`;
      return {
        url: `https://www.reddit.com/r/${pickFrom(SUBREDDITS, position)}/comments/${id}/${slug(post.text)}/`,
        authorId: `demo-reddit-${handle}`,
        authorHandle: handle,
        authorName: handle,
      };
    }
    case 'youtube': {
      const videoId = chars(position + 17, 11, BASE64_URL);
      const commentId = `Ugx${chars(position + 29, 18, BASE64_URL)}4AaABAg`;
      return {
        url: `https://www.youtube.com/watch?v=${videoId}&lc=${commentId}`,
        authorId: `demo-youtube-${handle}`,
        authorHandle: handle.replace(/_/g, ''),
        authorName: post.authorName,
      };
    }
    case 'rss': {
      const blog = pickFrom(BLOGS, position);
      const month = `${postedAt.getUTCFullYear()}/${String(postedAt.getUTCMonth() + 1).padStart(2, '0')}`;
      return {
        url: `https://${blog.host}/${month}/${slug(post.text)}-${position}/`,
        authorId: `demo-rss-${blog.host}`,
        authorHandle: null,
        authorName: blog.name,
      };
    }
  }
}
