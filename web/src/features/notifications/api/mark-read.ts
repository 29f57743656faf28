import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { notificationKeys } from './get-notifications';

export const markNotificationsRead = (ids: string[]) =>
  apiFetch<void>('/notifications/read', { method: 'POST', body: JSON.stringify({ ids }) });

export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markNotificationsRead,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
  });
}
