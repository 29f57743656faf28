import type { SpikeAlertList } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { trendKeys } from './trend-keys';

export const getAlerts = () => apiFetch<SpikeAlertList>('/trends/alerts');

export const alertsQueryOptions = () => queryOptions({ queryKey: trendKeys.alerts(), queryFn: getAlerts });

export const useAlerts = () => useQuery(alertsQueryOptions());
