import type { SessionUser } from '@ou-listening/shared';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { SESSION_KEY } from '../../../lib/query-client';

export type SignInInput = { email: string; password: string };

export const signIn = (input: SignInInput) =>
  apiFetch<SessionUser>('/auth/login', { method: 'POST', body: JSON.stringify(input) });

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    onSuccess: (user) => {
      queryClient.clear();
      queryClient.setQueryData(SESSION_KEY, user);
    },
  });
}
