import type { AssignableUser } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { mentionKeys } from './mention-keys';

export const getAssignableUsers = () => apiFetch<AssignableUser[]>('/mentions/assignable-users');

/** Whom a mention can be assigned to: enabled comms and admin users, by name. */
export const assignableUsersQueryOptions = () =>
  queryOptions({ queryKey: mentionKeys.assignable(), queryFn: getAssignableUsers, staleTime: 60_000 });

/** `enabled: false` until the names are needed (the queue's filter asks only for an assignee a link chose). */
export const useAssignableUsers = ({ enabled = true } = {}) => useQuery({ ...assignableUsersQueryOptions(), enabled });
