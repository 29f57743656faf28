import type { ClassifierModelView } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { classifierKeys } from './query-keys';

export const getClassifierModel = () => apiFetch<ClassifierModelView>('/classify/model');

export const classifierModelQueryOptions = () =>
  queryOptions({ queryKey: classifierKeys.model(), queryFn: getClassifierModel });

export const useClassifierModel = () => useQuery(classifierModelQueryOptions());
