import { CATEGORY_CODES, UNFLAGGED_KEY } from '@ou-listening/shared';
import { colourOf, labelOf } from '../components/series';
import { FLAGGED_SHARE_PANEL } from './flagged-share';
import type { PanelDefinition } from './panel';
import { KeyChart, seriesTable, VOLUME_COLUMNS, volumePanel } from './volume-parts';

export const WORSE_PANELS: PanelDefinition[] = [
  volumePanel({
    id: 'flagged-by-category',
    title: 'Flagged mentions by category',
    description: 'Each category on its own scale; the line is the 7-day average. Click a bar for its mentions.',
    render: (series, ctx) => ({
      chart: (
        <ul className="small-multiples" aria-label="Flagged mentions per category">
          {CATEGORY_CODES.map((code) => (
            <li key={code} className="small-multiples__item">
              <h4>
                <span className="swatch" style={{ background: colourOf(code, 0) }} aria-hidden="true" />
                {labelOf(code)}{' '}
                <span className="muted">{series.buckets.reduce((n, b) => n + (b.counts[code] ?? 0), 0)}</span>
              </h4>
              <KeyChart series={series} name={code} ctx={ctx} />
            </li>
          ))}
        </ul>
      ),
      table: {
        caption: 'Flagged mentions per bucket and category, with the 7-day average',
        columns: VOLUME_COLUMNS,
        rows: seriesTable(series, [...CATEGORY_CODES], ctx),
      },
    }),
  }),
  volumePanel({
    id: 'not-flagged',
    title: 'Not flagged',
    description: 'Everything else said about the OU, kept apart so it does not flatten the harms.',
    render: (series, ctx) => ({
      chart: <KeyChart series={series} name={UNFLAGGED_KEY} ctx={ctx} />,
      table: {
        caption: 'Mentions not flagged per bucket, with the 7-day average',
        columns: VOLUME_COLUMNS,
        rows: seriesTable(series, [UNFLAGGED_KEY], ctx),
      },
    }),
  }),
  FLAGGED_SHARE_PANEL,
];
