import {
  CATEGORY_INFO,
  isUrgentCategory,
  type MarkKind,
  type MentionListItem,
  type MentionStatus,
  URGENT_CATEGORIES,
  type UrgentCategory,
} from '@ou-listening/shared';
import { platformLabel } from '@ou-listening/shared';

export const MARK_LABELS: Record<MarkKind, string> = {
  no_action: 'No action needed',
  false_positive: 'False positive',
  needs_follow_up: 'Needs follow-up',
  responded: 'Responded',
};

export const STATUS_LABELS: Record<MentionStatus, string> = {
  new: 'New',
  reviewed: 'Reviewed',
  dismissed: 'Dismissed (no action)',
  escalated: 'Escalated',
  hidden: 'Hidden',
};

/** The words for each severity live in shared/, so cases and the queue agree. */
export { SEVERITY_LABELS } from '@ou-listening/shared';

/** Platform names live in lib/, so the queue and the trends agree. */
export { platformLabel };

/**
 * The platform as a row shows it, or null when the Demo badge already says it all: an older demo
 * mention stored as platform "demo" would otherwise read "Demo Demo".
 */
export const shownPlatform = (mention: Pick<MentionListItem, 'platform' | 'isDemo'>) =>
  mention.isDemo && mention.platform === 'demo' ? null : platformLabel(mention.platform);

const relative = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto', style: 'short' });
const STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 7],
  ['week', 4.35],
  ['month', 12],
  ['year', Infinity],
];

export function relativeTime(iso: string, now = Date.now()): string {
  let value = (new Date(iso).getTime() - now) / 1000;
  for (const [unit, size] of STEPS) {
    if (Math.abs(value) < size) return relative.format(Math.round(value), unit);
    value /= size;
  }
  return iso;
}

export const fullTime = (iso: string) =>
  new Date(iso).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' });

export const riskPercent = (score: number) => Math.round(score * 100);

export const riskBand = (score: number) => (score >= 0.8 ? 'high' : score >= 0.5 ? 'medium' : 'low');

export const authorOf = (mention: Pick<MentionListItem, 'authorHandle' | 'authorName'>) =>
  mention.authorHandle ? `@${mention.authorHandle}` : (mention.authorName ?? 'unknown author');

/** Whether someone may be in danger: safeguarding or a threat, whatever the mention's status. */
export const urgentCategoriesOf = (mention: Pick<MentionListItem, 'categories'>): UrgentCategory[] =>
  URGENT_CATEGORIES.filter((code) => mention.categories.some((c) => c.category === code));

/** Safeguarding and threat items still untouched: pinned with a red banner until someone acts. */
export const needsSafeguardingAction = (mention: Pick<MentionListItem, 'categories' | 'status'>) =>
  mention.status === 'new' && urgentCategoriesOf(mention).length > 0;

/**
 * What the pinned ones among these mentions are pinned for, as the banner names it: "safeguarding",
 * "threat" or "safeguarding and threat"; '' when none of them is pinned.
 */
export const pinnedFor = (mentions: readonly Pick<MentionListItem, 'categories' | 'status'>[]) =>
  URGENT_CATEGORIES.filter((code) =>
    mentions.some((m) => needsSafeguardingAction(m) && urgentCategoriesOf(m).includes(code)),
  )
    .map((code) => CATEGORY_INFO[code].label.toLowerCase())
    .join(' and ');

/** The red banner's words: what kind of danger, and that it cannot wait. */
export const urgentBanner = (mention: Pick<MentionListItem, 'categories'>) =>
  `${urgentCategoriesOf(mention)
    .map((code) => CATEGORY_INFO[code].label)
    .join(' and ')} — act now`;

/**
 * The marker on a mention the model was unsure about (issues 14 and 21): it is not flagged, so it
 * must not look like the red banner, but it must not pass as harmless either. A possible
 * safeguarding or threat risk is named first.
 */
export const secondLookNotice = (mention: Pick<MentionListItem, 'secondLook' | 'categories'>) => {
  const possible = [
    ...mention.secondLook.filter(isUrgentCategory),
    ...mention.secondLook.filter((c) => !isUrgentCategory(c)),
  ]
    .map((code) => CATEGORY_INFO[code].label.toLowerCase())
    .join(' or ');
  // Beside a red flag it is one more thing to weigh, not doubt about the flag itself.
  return urgentCategoriesOf(mention).length > 0
    ? `Possibly ${possible} as well — the model is unsure of that`
    : `Second look: possible ${possible} — the model is unsure`;
};

const FIRST_STEP: Readonly<Record<UrgentCategory, string>> = {
  safeguarding: 'If someone’s life is at risk now, call 999.',
  threat: 'If the threat is specific and imminent — a named person, place or time — contact the police on 999 now.',
};

/**
 * What to do first, shown beside a mention that may put someone in danger. What an urgent escalation
 * does next depends on this server (GET /api/mentions/safeguarding-alert): it e-mails the Safeguarding
 * Referrals Team, or it only shows a notice under the bell, and then staff must phone the team
 * themselves. Unknown (still loading, or the question failed): the steps promise nothing.
 */
export function urgentSteps(code: UrgentCategory, emailed: boolean | undefined): string {
  const then =
    emailed === true
      ? 'Then escalate as urgent: the Safeguarding Referrals Team is e-mailed at once.'
      : emailed === false
        ? 'Then escalate as urgent, and phone the Safeguarding Referrals Team yourself: this server sends no e-mail, so the case shows only under the bell in the dashboard.'
        : 'Then escalate as urgent, and make sure the Safeguarding Referrals Team knows.';
  return `${FIRST_STEP[code]} ${then}`;
}

/**
 * A count as the summary gives it: past the count limit it means "more than the limit", or, when the
 * summary is approximate (a broad search), it is the database's estimate: "about N".
 */
export function formatCount(n: number, countLimit: number | null, approximate = false): string {
  if (countLimit === null || n <= countLimit) return n.toLocaleString('en-GB');
  return approximate ? `about ${n.toLocaleString('en-GB')}` : `${countLimit.toLocaleString('en-GB')}+`;
}
