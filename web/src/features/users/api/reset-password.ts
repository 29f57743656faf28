import type { PasswordReset } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { userKeys } from './users-keys';

/** POST /api/users/:id/reset-password */
export const resetPassword = (id: string) =>
  apiFetch<PasswordReset>(`/users/${encodeURIComponent(id)}/reset-password`, { method: 'POST' });

export function useResetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: resetPassword,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: userKeys.all }),
  });
}
