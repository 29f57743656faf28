import { type TrendInterval, TREND_INTERVALS, type TrendRange } from '@ou-listening/shared';
import { useSearchParams } from 'react-router';
import { defaultInterval, londonToday, presetRange, RANGE_PRESETS, type RangePreset, rangeProblem } from '../range';

/** What the range picker shows and changes: the hook's answer, passed whole. */
export type TrendRangeState = ReturnType<typeof useTrendRange>;

/**
 * The range lives in the URL (?range=30, or ?range=custom&from=…&to=…), so a view can be shared.
 * A custom range the server would refuse (edited by hand, or too long) falls back to the last 30 days,
 * and `addressProblem` says so, in the date form's words.
 */
export function useTrendRange() {
  const [params, setParams] = useSearchParams();
  const raw = params.get('range');
  const today = londonToday();
  const asked: TrendRange = { from: params.get('from') ?? '', to: params.get('to') ?? '' };
  const problem = raw === 'custom' ? rangeProblem(asked, today) : null;
  const custom = raw === 'custom' && problem === null;
  const preset: RangePreset = custom ? 'custom' : (RANGE_PRESETS.find((p) => p === raw) ?? '30');
  const range: TrendRange = custom ? asked : presetRange(Number(preset), today);
  const chosen = params.get('interval');
  const interval: TrendInterval = TREND_INTERVALS.find((i) => i === chosen) ?? defaultInterval(range);
  return {
    preset,
    range,
    interval,
    addressProblem:
      problem && `The range in the address could not be used. ${problem} Showing the last 30 days instead.`,
    choosePreset: (days: Exclude<RangePreset, 'custom'>) => setParams({ range: days }),
    chooseCustom: (r: TrendRange) => setParams({ range: 'custom', from: r.from, to: r.to }),
    chooseInterval: (i: TrendInterval) => setParams({ ...Object.fromEntries(params), interval: i }),
  };
}
