import { MENTION_STATUSES, type Role, type TopCategoryFilter, type TrendInterval } from '@ou-listening/shared';
import { datesOutOfOrder, isDay, londonDayEnd, londonMidnight } from '../../lib/uk-time';
import { addDays } from './range';

/** The mentions behind one figure on Trends, in the queue's own filter terms (issue 20). */
export type Drill = {
  /** first and last London day, inclusive; none: whenever posted */
  from?: string;
  to?: string;
  topCategory?: TopCategoryFilter;
  platform?: string;
  author?: string;
  /** false: only what is in the queue now (new and reviewed) */
  everyStatus?: boolean;
  assignee?: 'none';
};

/** The queue's URL filter for a drill: Trends counts every status unless told otherwise. */
export function drillSearch(drill: Drill): URLSearchParams {
  const params = new URLSearchParams();
  if (drill.everyStatus !== false) params.set('status', 'all');
  if (drill.topCategory) params.set('topCategory', drill.topCategory);
  if (drill.platform) params.set('platform', drill.platform);
  if (drill.author) params.set('author', drill.author);
  if (drill.assignee) params.set('assignee', drill.assignee);
  if (drill.from) params.set('from', drill.from);
  if (drill.to) params.set('to', drill.to);
  return params;
}

/**
 * Where a drill opens. Comms and admins get the queue itself; managers, who do not see posts, get
 * the number the queue holds for the same filter, with the link to hand to comms.
 */
export const drillHref = (role: Role | undefined, drill: Drill): string =>
  `${role === 'manager' ? '/trends/mentions' : '/queue'}?${drillSearch(drill)}`;

/** A drill's URL filter as the API takes it, or why it cannot be sent: a link edited by hand. */
export type DrillApiQuery = { query: string } | { problem: string };

const END_NAMES = { from: 'start', to: 'end' } as const;

/** Why a drill's dates cannot be counted, in words for the page, or null when they can. */
function drillDateProblem(search: URLSearchParams): string | null {
  for (const end of ['from', 'to'] as const) {
    const value = search.get(end);
    if (value && !isDay(value)) return `The ${END_NAMES[end]} date in the link, “${value}”, is not a real date.`;
  }
  if (datesOutOfOrder(search.get('from'), search.get('to')))
    return 'The end date in the link is before its start date.';
  return null;
}

/** A drill's URL filter as the API takes it: every status spelt out, London days as instants. */
export function drillApiQuery(search: URLSearchParams): DrillApiQuery {
  const problem = drillDateProblem(search);
  if (problem) return { problem };
  const params = new URLSearchParams(search);
  if (params.get('status') === 'all') params.set('status', MENTION_STATUSES.join(','));
  const from = params.get('from');
  const to = params.get('to');
  if (from) params.set('from', londonMidnight(from).toISOString());
  if (to) params.set('to', londonDayEnd(to).toISOString());
  return { query: params.toString() };
}

/** The last day of the bucket that starts on `start`, kept inside the range. */
export function bucketLastDay(start: string, interval: TrendInterval, rangeTo: string): string {
  const next =
    interval === 'day'
      ? addDays(start, 1)
      : interval === 'week'
        ? addDays(start, 7)
        : `${start.slice(0, 5)}${String(Number(start.slice(5, 7)) + 1).padStart(2, '0')}-01`.replace(
            /^(\d{4})-13-01$/,
            (_, y: string) => `${Number(y) + 1}-01-01`,
          );
  const last = addDays(next, -1);
  return last < rangeTo ? last : rangeTo;
}
