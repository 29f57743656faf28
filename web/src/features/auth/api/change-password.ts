import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { SESSION_KEY } from '../../../lib/query-client';
import type { Me } from './get-me';

/** POST /api/auth/password (ChangePasswordDto). */
export type ChangePasswordInput = { currentPassword: string; newPassword: string };

export const changePassword = (input: ChangePasswordInput) =>
  apiFetch<void>('/auth/password', { method: 'POST', body: JSON.stringify(input) });

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    onSuccess: () => {
      queryClient.setQueryData<Me | null>(SESSION_KEY, (me) => me && { ...me, mustChangePassword: false });
    },
  });
}
