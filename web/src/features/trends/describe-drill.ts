import { isCategoryCode, platformLabel } from '@ou-listening/shared';
import { labelOf } from './components/series';
import { formatUkDate, isDay } from '../../lib/uk-time';

/** A day from the link as the dashboard writes dates; anything else quoted as it came (the page says why). */
const day = (text: string) => (isDay(text) ? formatUkDate(text) : `“${text}”`);

function period(from: string | null, to: string | null): string {
  if (from && to) return from === to ? ` on ${day(from)}` : ` from ${day(from)} to ${day(to)}`;
  if (from) return ` from ${day(from)}`;
  if (to) return ` up to ${day(to)}`;
  return '';
}

/** What a drill-down filter means, in words: "Disrepute mentions on Reddit from 01/11/2026 to 30/11/2026". */
export function describeDrill(params: URLSearchParams): string {
  const category = params.get('topCategory');
  const what =
    category === 'any'
      ? 'Flagged mentions'
      : category && (isCategoryCode(category) || category === 'none')
        ? `${labelOf(category)} mentions`
        : 'Mentions';
  const platform = params.get('platform');
  return `${what}${platform ? ` on ${platformLabel(platform)}` : ''}${period(params.get('from'), params.get('to'))}`;
}
