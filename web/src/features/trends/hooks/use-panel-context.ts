import type { Role, TrendInterval, TrendRange } from '@ou-listening/shared';
import { useNavigate } from 'react-router';
import { bucketLastDay, type Drill, drillHref } from '../drill-down';
import type { PanelContext } from '../panels';
import { useTrendsData } from './use-trends-data';

/** What every panel needs: the data, the range, and how to open the mentions behind a figure. */
export function usePanelContext(range: TrendRange, interval: TrendInterval, role: Role | undefined): PanelContext {
  const data = useTrendsData(range, interval);
  const navigate = useNavigate();
  const href = (drill: Drill) => drillHref(role, drill);
  return {
    range,
    interval,
    role,
    data,
    href,
    open: (drill) => void navigate(href(drill)),
    bucketDrill: (start, rest = {}) => ({
      ...rest,
      from: start < range.from ? range.from : start,
      to: bucketLastDay(start, interval, range.to),
    }),
    rangeDrill: (rest = {}) => ({ ...rest, from: range.from, to: range.to }),
  };
}
