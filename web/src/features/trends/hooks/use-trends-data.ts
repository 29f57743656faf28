import type { TrendInterval, TrendRange } from '@ou-listening/shared';
import { useMatrix } from '../api/get-matrix';
import { useResponse } from '../api/get-response';
import { useTop } from '../api/get-top';
import { useVolume } from '../api/get-volume';

/** Every query the panels read, started together so the page loads in one round of requests. */
export function useTrendsData(range: TrendRange, interval: TrendInterval) {
  return {
    byCategory: useVolume(range, interval, 'category'),
    matrix: useMatrix(range),
    authors: useTop(range, 'author'),
    hashtags: useTop(range, 'hashtag'),
    domains: useTop(range, 'domain'),
    response: useResponse(range, interval),
  };
}

export type TrendsData = ReturnType<typeof useTrendsData>;
