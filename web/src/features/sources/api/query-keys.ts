import type { WatchQueryRequest } from '@ou-listening/shared';

/** One key factory for the sources domain; mutations invalidate through it. */
export const sourcesKeys = {
  all: ['sources'] as const,
  list: () => [...sourcesKeys.all, 'list'] as const,
  platforms: () => [...sourcesKeys.all, 'platforms'] as const,
  runs: (sourceId?: string) => [...sourcesKeys.all, 'runs', sourceId ?? 'all'] as const,
  watchQueries: () => [...sourcesKeys.all, 'watch-queries'] as const,
  preview: (draft: Partial<WatchQueryRequest>) => [...sourcesKeys.all, 'preview', draft] as const,
};
