import type { EscalationDetail } from '@ou-listening/shared';
import type { QueryClient } from '@tanstack/react-query';
import { ApiRequestError } from '../../../lib/api-client';
import { escalationKeys, showCaseChange } from './escalation-keys';

/** The server refused a change because the case had changed since it was shown (409). */
export const isCaseConflict = (error: unknown): error is ApiRequestError =>
  error instanceof ApiRequestError && error.status === 409;

/** The case as the other person's change left it, which a stale version's 409 carries. */
export function currentCaseOf(error: unknown): EscalationDetail | null {
  if (!isCaseConflict(error)) return null;
  const body = error.body as { current?: EscalationDetail } | undefined;
  return body?.current ?? null;
}

/** After a refused change the case page shows the case as it stands: from a 409 that carries it, or reloaded. */
export function showCaseAsItStands(queryClient: QueryClient, error: unknown, id: string) {
  const current = currentCaseOf(error);
  if (current) return showCaseChange(queryClient, current);
  return queryClient.invalidateQueries({ queryKey: escalationKeys.detail(id) });
}
