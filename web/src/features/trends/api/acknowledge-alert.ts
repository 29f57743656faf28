import type { SpikeAlertView } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys } from './trend-keys';

export const acknowledgeAlert = (id: string) =>
  apiFetch<SpikeAlertView>(`/trends/alerts/${encodeURIComponent(id)}/acknowledge`, { method: 'POST' });

export function useAcknowledgeAlert() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: acknowledgeAlert,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: trendKeys.alerts() }),
  });
}
