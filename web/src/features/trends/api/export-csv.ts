import type { ExportDataset, TopDimension, TrendGroupBy, TrendInterval, TrendRange } from '@ou-listening/shared';
import { trendParams } from './trend-keys';

export type ExportRequest = TrendRange & {
  dataset: ExportDataset;
  interval?: TrendInterval;
  groupBy?: TrendGroupBy;
  by?: TopDimension;
  /** volume, daily: add the 7-day averages */
  average?: boolean;
};

/** GET /api/trends/export.csv is downloaded by the browser (a link with a session cookie), not fetched. */
export function exportCsvUrl(request: ExportRequest): string {
  const values = Object.fromEntries(
    Object.entries(request).filter(([key, v]) => v !== undefined && !(key === 'average' && v === false)),
  ) as Record<string, string>;
  return `/api/trends/export.csv?${trendParams(values)}`;
}
