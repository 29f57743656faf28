import type { MentionDetail } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { mentionKeys } from './mention-keys';

export const getMention = (id: string) => apiFetch<MentionDetail>(`/mentions/${encodeURIComponent(id)}`);

export const mentionQueryOptions = (id: string) =>
  queryOptions({ queryKey: mentionKeys.detail(id), queryFn: () => getMention(id) });

export const useMention = (id: string | null) => useQuery({ ...mentionQueryOptions(id ?? ''), enabled: id !== null });
