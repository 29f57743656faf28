import type { UserSummary } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { userKeys } from './users-keys';

export const getUsers = () => apiFetch<UserSummary[]>('/users');

export const usersQueryOptions = () => queryOptions({ queryKey: userKeys.list(), queryFn: getUsers });

export const useUsers = () => useQuery(usersQueryOptions());
