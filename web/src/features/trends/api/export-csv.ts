import type { ExportDataset, TopDimension, TrendGroupBy, TrendInterval, TrendRange } from '@ou-listening/shared';
import { trendParams } from './trend-keys';

export type ExportRequest = TrendRange & {
  dataset: ExportDataset;
  interval?: TrendInterval;
  groupBy?: TrendGroupBy;
  by?: TopDimension;
};

/** GET /api/trends/export.csv is downloaded by the browser (a link with a session cookie), not fetched. */
export function exportCsvUrl(request: ExportRequest): string {
  const values = Object.fromEntries(Object.entries(request).filter(([, v]) => v !== undefined)) as Record<
    string,
    string
  >;
  return `/api/trends/export.csv?${trendParams(values)}`;
}
