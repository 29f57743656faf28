import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { SESSION_KEY } from '../../../lib/query-client';
import type { ChangePasswordRequest, Me } from '@ou-listening/shared';

/** POST /api/auth/password */
export const changePassword = (input: ChangePasswordRequest) =>
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
