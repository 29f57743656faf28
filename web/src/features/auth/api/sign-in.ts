import type { SessionUser } from '@ou-listening/shared';
import { useQueryClient } from '@tanstack/react-query';
import { useMutation } from '../../../lib/use-mutation';
import { apiFetch } from '../../../lib/api-client';
import { meQueryOptions } from './get-me';

export type SignInInput = { email: string; password: string };

export const signIn = (input: SignInInput) =>
  apiFetch<SessionUser>('/auth/login', { method: 'POST', body: JSON.stringify(input) });

/**
 * `onAccepted` hears who signed in as soon as the server accepts, with the earlier session's cache
 * already cleared, so what it starts loading for the next page is kept; /auth/me is asked after.
 */
export function useSignIn(onAccepted?: (user: SessionUser) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // Nothing of an earlier session stays; /auth/me also says whether a password change comes first,
    // and the sign-in counts as done only once that is known.
    onSuccess: async (user) => {
      queryClient.clear();
      onAccepted?.(user);
      await queryClient.fetchQuery(meQueryOptions());
    },
  });
}
