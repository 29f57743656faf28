import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { SESSION_KEY } from '../../../lib/query-client';
import { useMe } from '../api/get-me';
import { CHANGE_PASSWORD_PATH, isPasswordChangeRequired } from '../password-change-required';

type Props = { children: ReactNode };

/**
 * In front of every signed-in page: someone who must change their password first is sent to the
 * change page. /auth/me says so; a 403 password_change_required from any request makes it ask again.
 */
export function PasswordChangeGate({ children }: Props) {
  const me = useMe();
  const location = useLocation();
  const queryClient = useQueryClient();

  useEffect(() => {
    const recheck = (error: unknown) => {
      if (isPasswordChangeRequired(error)) void queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    };
    const stopQueries = queryClient.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') recheck(event.action.error);
    });
    const stopMutations = queryClient.getMutationCache().subscribe((event) => {
      if (event.type === 'updated' && event.action.type === 'error') recheck(event.action.error);
    });
    return () => {
      stopQueries();
      stopMutations();
    };
  }, [queryClient]);

  if (me.data?.mustChangePassword) {
    const next = `${location.pathname}${location.search}`;
    return (
      <Navigate to={`${CHANGE_PASSWORD_PATH}${next === '/' ? '' : `?next=${encodeURIComponent(next)}`}`} replace />
    );
  }
  return children;
}
