import type { MentionPage, QueueSummary } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { MENTIONS_KEY } from '../../../lib/query-client';

/** A count as the queue's API gives it: exact, or "at least" when counting stopped early. */
export type GlanceCount = { n: number; atLeast: boolean };

export type QueueGlance = { fresh: GlanceCount; pinned: GlanceCount; mine: GlanceCount };

const PINNED_PAGE = 100;

const fromSummary = (s: QueueSummary): GlanceCount => ({
  n: s.countLimit !== null && s.total > s.countLimit ? s.countLimit : s.total,
  atLeast: s.countLimit !== null && s.total > s.countLimit,
});

/**
 * What a comms officer sees first (issue 19 §5), through the queue's own API: new mentions, the
 * pinned ones (new and flagged for safeguarding or a threat: the queue lists them first), and those
 * assigned to me.
 */
export async function getQueueGlance(): Promise<QueueGlance> {
  const [fresh, pinned, mine] = await Promise.all([
    apiFetch<QueueSummary>('/mentions/summary?status=new'),
    apiFetch<MentionPage>(`/mentions?status=new&category=safeguarding,threat&limit=${PINNED_PAGE}`),
    apiFetch<QueueSummary>('/mentions/summary?assignee=me'),
  ]);
  return {
    fresh: fromSummary(fresh),
    pinned: { n: pinned.items.length, atLeast: pinned.nextCursor !== null },
    mine: fromSummary(mine),
  };
}

export const queueGlanceQueryOptions = () =>
  // Under the mentions key: an escalation, hide or mark in the queue refreshes the glance at once.
  queryOptions({ queryKey: [...MENTIONS_KEY, 'glance'], queryFn: getQueueGlance, refetchInterval: 30_000 });

export const useQueueGlance = () => useQuery(queueGlanceQueryOptions());
