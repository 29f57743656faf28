import type { CategoryCode, MentionStatus, TopCategoryFilter } from '@ou-listening/shared';
import {
  CATEGORY_CODES,
  isCategoryCode,
  isMentionStatus,
  MENTION_STATUSES,
  SEARCH_MAX_LENGTH,
  TOP_CATEGORY_FILTERS,
} from '@ou-listening/shared';
import { datesOutOfOrder, isDay, londonDayEnd, londonMidnight } from '../../lib/uk-time';

export type QueueSort = 'risk' | 'newest';

/** What the queue is showing; it lives in the URL so a view can be bookmarked and shared. */
export type QueueFilters = {
  status: MentionStatus | null;
  categories: CategoryCode[];
  platform: string | null;
  q: string;
  /** YYYY-MM-DD, inclusive: London days, whatever the browser's time zone */
  from: string | null;
  to: string | null;
  minScore: number | null;
  /** 'me', 'none' or a user id */
  assignee: string | null;
  /** only what the model was unsure about (the Second look view) */
  secondLook: boolean;
  /** only comments on the OU's own Facebook Page or Instagram account */
  ownAccount: boolean;
  /** only mentions from authors on the watchlist */
  watchedAuthor: boolean;
  /** only mentions from accounts presenting themselves as the OU or the Students Association (5.2) */
  impersonation: boolean;
  /** every status, hidden and escalated too (`status=all`): how Trends counts */
  anyStatus: boolean;
  /** the top category as Trends counts it: a category, 'none' or 'any' (from a Trends drill-down) */
  topCategory: TopCategoryFilter | null;
  /** exactly this author handle (from Trends' top authors) */
  author: string | null;
  sort: QueueSort;
};

export const DEFAULT_FILTERS: QueueFilters = {
  status: null,
  categories: [],
  platform: null,
  q: '',
  from: null,
  to: null,
  minScore: null,
  assignee: null,
  secondLook: false,
  ownAccount: false,
  watchedAuthor: false,
  impersonation: false,
  anyStatus: false,
  topCategory: null,
  author: null,
  sort: 'risk',
};

const dayOrNull = (value: string | null) => (isDay(value) ? value : null);

/** Reads filters from a URL, dropping anything malformed rather than sending it to the API. */
export function filtersFromSearchParams(params: URLSearchParams): QueueFilters {
  const status = params.get('status');
  const minScore = Number(params.get('minScore'));
  const from = dayOrNull(params.get('from'));
  const to = dayOrNull(params.get('to'));
  // Days in the wrong order go together: the API would refuse the whole list.
  const inOrder = !datesOutOfOrder(from, to);
  return {
    status: isMentionStatus(status) ? status : null,
    categories: (params.get('category') ?? '')
      .split(',')
      .filter(isCategoryCode)
      .sort((a, b) => CATEGORY_CODES.indexOf(a) - CATEGORY_CODES.indexOf(b)),
    platform: params.get('platform') || null,
    q: (params.get('q') ?? '').slice(0, SEARCH_MAX_LENGTH),
    from: inOrder ? from : null,
    to: inOrder ? to : null,
    minScore: params.has('minScore') && minScore > 0 && minScore <= 1 ? minScore : null,
    assignee: params.get('assignee') || null,
    secondLook: params.get('secondLook') === 'true',
    ownAccount: params.get('ownAccount') === 'true',
    watchedAuthor: params.get('watchedAuthor') === 'true',
    impersonation: params.get('impersonation') === 'true',
    anyStatus: status === 'all',
    topCategory: TOP_CATEGORY_FILTERS.find((c) => c === params.get('topCategory')) ?? null,
    author: params.get('author') || null,
    sort: params.get('sort') === 'newest' ? 'newest' : 'risk',
  };
}

/** The URL form of the filters: only what differs from the default, in a stable order. */
export function filtersToSearchParams(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.status) params.set('status', filters.status);
  if (filters.categories.length) params.set('category', filters.categories.join(','));
  if (filters.platform) params.set('platform', filters.platform);
  if (filters.q.trim()) params.set('q', filters.q.trim());
  if (filters.from) params.set('from', filters.from);
  if (filters.to) params.set('to', filters.to);
  if (filters.minScore !== null) params.set('minScore', String(filters.minScore));
  if (filters.assignee) params.set('assignee', filters.assignee);
  if (filters.secondLook) params.set('secondLook', 'true');
  if (filters.ownAccount) params.set('ownAccount', 'true');
  if (filters.watchedAuthor) params.set('watchedAuthor', 'true');
  if (filters.impersonation) params.set('impersonation', 'true');
  if (filters.anyStatus && !filters.status) params.set('status', 'all');
  if (filters.topCategory) params.set('topCategory', filters.topCategory);
  if (filters.author) params.set('author', filters.author);
  if (filters.sort !== 'risk') params.set('sort', filters.sort);
  return params;
}

/**
 * The API's query string for the list, or for the summary (which takes no sort; its total follows the
 * categories). Days are London days, as Trends counts them, so a drill-down shows the same mentions.
 */
export function filtersToApiQuery(filters: QueueFilters, endpoint: 'list' | 'summary'): URLSearchParams {
  const params = filtersToSearchParams(filters);
  if (endpoint === 'summary') params.delete('sort');
  if (filters.from) params.set('from', londonMidnight(filters.from).toISOString());
  if (filters.to) params.set('to', londonDayEnd(filters.to).toISOString());
  if (params.get('status') === 'all') params.set('status', MENTION_STATUSES.join(','));
  if (endpoint === 'list') params.set('sort', filters.sort);
  return params;
}

/** Whether the filters narrow the open queue at all (an empty list then means "no matches", not "all done"). */
export const isFiltered = (filters: QueueFilters) =>
  filtersToSearchParams({ ...filters, sort: 'risk' }).toString() !== '';
