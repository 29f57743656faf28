import type { ClassifierPrecisionView } from '@ou-listening/shared';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../../lib/api-client';
import { classifierKeys } from './query-keys';

export const getClassifierPrecision = () => apiFetch<ClassifierPrecisionView>('/classify/precision');

export const classifierPrecisionQueryOptions = () =>
  queryOptions({ queryKey: classifierKeys.precision(), queryFn: getClassifierPrecision });

export const useClassifierPrecision = () => useQuery(classifierPrecisionQueryOptions());
