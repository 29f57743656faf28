import type { UpdateUserRequest, UserSummary } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { userKeys } from './users-keys';

export const updateUser = ({ id, changes }: { id: string; changes: UpdateUserRequest }) =>
  apiFetch<UserSummary>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: JSON.stringify(changes) });

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateUser,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
