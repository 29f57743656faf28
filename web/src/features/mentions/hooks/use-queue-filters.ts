import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersFromSearchParams, filtersToSearchParams, type QueueFilters } from '../filters';

/** The queue's filters, read from and written to the URL's search params. */
export function useQueueFilters(): [QueueFilters, (next: QueueFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => filtersFromSearchParams(params), [params]);
  const setFilters = useCallback(
    (next: QueueFilters) => setParams(filtersToSearchParams(next), { replace: true }),
    [setParams],
  );
  return [filters, setFilters];
}
