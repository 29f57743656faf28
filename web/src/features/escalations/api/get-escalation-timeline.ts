import type { CaseTimelineEntry } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const getEscalationTimeline = (id: string) =>
  apiFetch<CaseTimelineEntry[]>(`/escalations/${encodeURIComponent(id)}/timeline`);

export const escalationTimelineQueryOptions = (id: string) =>
  queryOptions({ queryKey: escalationKeys.timeline(id), queryFn: () => getEscalationTimeline(id) });

export const useEscalationTimeline = (id: string) => useQuery(escalationTimelineQueryOptions(id));
