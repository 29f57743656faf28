import type { LegalHoldView } from '@ou-listening/shared';
import { useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { escalationKeys } from './escalation-keys';

export const getLegalHold = (id: string) => apiFetch<LegalHoldView>(`/privacy/cases/${encodeURIComponent(id)}/hold`);

/** The case's hold, its history and any erasure waiting for its release. */
export const useLegalHold = (id: string) =>
  useQuery({ queryKey: escalationKeys.hold(id), queryFn: () => getLegalHold(id) });
