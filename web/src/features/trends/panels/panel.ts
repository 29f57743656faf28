import type { Role, TrendInterval, TrendRange } from '@ou-listening/shared';
import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { ExportRequest } from '../api/export-csv';
import type { TableSpec } from '../components/data-table';
import type { Drill } from '../drill-down';
import type { TrendsData } from '../hooks/use-trends-data';

/** The three questions a manager asks of Trends (issue 20); the page has a section for each. */
export type Question = 'worse' | 'where' | 'fast';

export const QUESTIONS: { id: Question; title: string }[] = [
  { id: 'worse', title: 'Is it getting worse?' },
  { id: 'where', title: 'Where?' },
  { id: 'fast', title: 'Are we responding fast enough?' },
];

export type PanelContext = {
  range: TrendRange;
  interval: TrendInterval;
  role: Role | undefined;
  data: TrendsData;
  /** the drill of a bucket starting on `start`, narrowed further by `rest` */
  bucketDrill: (start: string, rest?: Omit<Drill, 'from' | 'to'>) => Drill;
  /** the whole range, narrowed by `rest` */
  rangeDrill: (rest?: Omit<Drill, 'from' | 'to'>) => Drill;
  href: (drill: Drill) => string;
  open: (drill: Drill) => void;
};

/** One card on Trends: where its data comes from, and its chart and table once the data is there. */
export type PanelDefinition = {
  id: string;
  question: Question;
  title: string;
  description?: string;
  csv: (ctx: PanelContext) => Omit<ExportRequest, 'from' | 'to'>;
  query: (data: TrendsData) => UseQueryResult<unknown>;
  render: (ctx: PanelContext) => { chart: ReactNode; table: TableSpec };
};
