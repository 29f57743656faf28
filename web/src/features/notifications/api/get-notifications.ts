import type { NotificationView } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';

export const notificationKeys = { all: ['notifications'] as const };

export const getNotifications = () => apiFetch<NotificationView[]>('/notifications');

export const notificationsQueryOptions = () =>
  queryOptions({ queryKey: notificationKeys.all, queryFn: getNotifications, refetchInterval: 30_000 });

export const useNotifications = () => useQuery(notificationsQueryOptions());
