import type { OwnAccountPlatform, ParentPost } from '@ou-listening/shared';
import type { NormalizedPost } from '../source-connector.js';
import { type DemoPost, demoCorpus } from './demo-corpus.js';
import { BASE64_URL, chars, demoPlatformPost } from './demo-platforms.js';

/**
 * Comments left on the OU's own Facebook Page, Instagram account and YouTube channel, so that on a
 * first start staff can see and try what is done with those: reply, hide and block on the
 * platform (which, for a demo mention, the demo stand-in settles without calling any platform).
 */

/** About this share of the demo stream arrives as a comment on one of our own posts. */
export const DEMO_OWN_ACCOUNT_SHARE = 0.1;

export type DemoOwnPlatform = Extract<OwnAccountPlatform, 'facebook' | 'instagram' | 'youtube'>;

/** How those comments are spread over our accounts. */
const SHARES: readonly [DemoOwnPlatform, number][] = [
  ['facebook', 0.5],
  ['instagram', 0.25],
  ['youtube', 0.25],
];

/**
 * What each account posts, week after week: the Page's and the account's posts, and the channel's
 * video titles. Invented for the demo, in the voice of the OU's own pages.
 */
const OUR_POSTS: Readonly<Record<DemoOwnPlatform, readonly string[]>> = {
  facebook: [
    'Results day! 🎉 Module results are now on StudentHome. Congratulations to everyone who has worked so hard, and if things did not go to plan, our Student Support Team is here to help.',
    "We are live from Milton Keynes for this morning's degree ceremony 🎓 Watch along and leave your congratulations for our graduates in the comments.",
    'Reminder: the deadline to register and arrange how you will pay for February modules is this Thursday. Questions about fees or funding? Ask us below or visit our fees pages.',
  ],
  instagram: [
    'Graduation season 🎓 Huge congratulations to everyone who crossed the stage this week. Tag someone who helped you get there! #OUgrad #OpenUniversity',
    'Exam season tips from our students: little and often, past papers, and plenty of tea ☕ What is yours? #OUstudent',
    'Your first module starts soon 📚 Get set up on StudentHome, meet your tutor group and book your first tutorial. #OpenUniversity',
  ],
  youtube: [
    'Degree ceremony livestream: Milton Keynes, morning ceremony',
    'Starting your first module: StudentHome, tutorials and your first TMA',
    'Paying for your studies: fees, loans and payment plans explained',
  ],
};

const HOUR_MS = 3_600_000;
const WEEK_MS = 7 * 24 * HOUR_MS;
/** Each account's posts go up at 10:00 UTC, two days apart, and again the next week. */
const FIRST_POST_MS = 10 * HOUR_MS;
const POST_SPACING_MS = 48 * HOUR_MS;

const BASE58 = '123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz';
const DIGITS = '0123456789';

/** What people leave under our posts: questions and complaints, and the abuse that gets hidden. */
export function readsAsComment(post: DemoPost): boolean {
  // Written for a timeline: these would not be said in a comment.
  if (/\bretweet\b|^thread\b|^tag\b/i.test(post.text)) return false;
  return (
    post.theme === 'criticism' || post.theme === 'disrepute' || (post.theme === 'everyday' && post.text.includes('?'))
  );
}

let chance: number | undefined;

/**
 * Whether the corpus post at this position arrives as a comment on our own pages; `draw` is the
 * position's own 0–1 value. The posts that read as comments are taken with the chance that makes
 * them DEMO_OWN_ACCOUNT_SHARE of the whole stream.
 */
export function isDemoOwnAccountComment(post: DemoPost, draw: number): boolean {
  if (!readsAsComment(post)) return false;
  const corpus = demoCorpus();
  chance ??= Math.min(1, (DEMO_OWN_ACCOUNT_SHARE * corpus.length) / corpus.filter(readsAsComment).length);
  return draw < chance;
}

function pickPlatform(draw: number): DemoOwnPlatform {
  let left = draw;
  for (const [platform, share] of SHARES) {
    left -= share;
    if (left < 0) return platform;
  }
  return 'facebook';
}

/**
 * Our post a comment made at `commentAt` was left on: the latest one, posted before the comment,
 * that carries the text `index` (each text is posted again every week, as a new post with an id
 * and address of its own).
 */
function ourPost(platform: DemoOwnPlatform, index: number, commentAt: Date): ParentPost & { url: string } {
  const firstAt = FIRST_POST_MS + index * POST_SPACING_MS;
  const week = Math.floor((commentAt.getTime() - firstAt) / WEEK_MS);
  const seed = week * 8 + index * 3 + SHARES.findIndex(([p]) => p === platform);
  const id = `demo-${platform}-post-${week}-${index}`;
  const url = {
    facebook: `https://www.facebook.com/theopenuniversity/posts/pfbid0${chars(seed, 46, BASE58)}`,
    instagram: `https://www.instagram.com/p/${chars(seed, 11, BASE64_URL)}/`,
    youtube: `https://www.youtube.com/watch?v=${chars(seed, 11, BASE64_URL)}`,
  }[platform];
  return { id, url, text: OUR_POSTS[platform][index]!, postedAt: new Date(week * WEEK_MS + firstAt).toISOString() };
}

/** The post's author as each platform gives a commenter: Facebook a name, Instagram a username. */
function commenter(platform: DemoOwnPlatform, post: DemoPost, position: number, postedAt: Date) {
  switch (platform) {
    case 'facebook':
      return { authorId: `demo-facebook-${post.authorHandle}`, authorHandle: null, authorName: post.authorName };
    case 'instagram':
      return { authorId: `demo-instagram-${post.authorHandle}`, authorHandle: post.authorHandle, authorName: null };
    case 'youtube': {
      const { authorId, authorHandle, authorName } = demoPlatformPost('youtube', post, position, postedAt);
      return { authorId, authorHandle, authorName };
    }
  }
}

/**
 * The corpus post as a comment on one of our posts, its text as written: shaped as the own-page
 * connectors shape theirs (an Instagram comment has no address of its own: its post's is used),
 * with the post it was left on, and hide and reply allowed as on any comment under our own posts.
 * `draws` are the position's own 0–1 values: which account, and which of its posts.
 */
export function demoOwnAccountComment(
  post: DemoPost,
  position: number,
  postedAt: Date,
  draws: { platform: number; ourPost: number; likes: number },
): NormalizedPost {
  const platform = pickPlatform(draws.platform);
  const parent = ourPost(platform, Math.floor(draws.ourPost * OUR_POSTS[platform].length), postedAt);
  const url = {
    facebook: `${parent.url}?comment_id=${chars(position, 1, '123456789')}${chars(position + 1, 15, DIGITS)}`,
    instagram: parent.url,
    youtube: `${parent.url}&lc=Ugx${chars(position + 29, 18, BASE64_URL)}4AaABAg`,
  }[platform];
  return {
    platform,
    externalId: `demo-${position}`,
    url,
    ...commenter(platform, post, position, postedAt),
    text: post.text,
    lang: post.lang,
    postedAt,
    conversationId: parent.id,
    inReplyToId: parent.id,
    metrics: { like_count: Math.floor(draws.likes * 12) },
    isDemo: true,
    ownAccount: { parentPost: parent, canHide: true, canReply: true },
  };
}
