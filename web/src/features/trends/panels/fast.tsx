import { CATEGORY_CODES, CATEGORY_COLOURS } from '@ou-listening/shared';
import { labelOf } from '../components/series';
import { BACKLOG_PANEL, ESCALATION_TIMES_PANEL } from './fast-backlog';
import type { PanelDefinition } from './panel';
import { durationChart, durationRows, durationTable, responsePanel } from './response-parts';

export const FAST_PANELS: PanelDefinition[] = [
  responsePanel({
    id: 'first-action',
    title: 'Time to first action',
    description:
      'From when we collected each flagged mention to the first mark, hide, escalation, assignment or note. ' +
      'A post collected late (a new source, a backfill, an outage) starts its clock when it arrived, not when it was posted.',
    render: (r) => ({
      chart: durationChart(
        {
          targets: [{ value: r.targets.firstActionMinutes, label: 'target' }],
          nothingYet: 'Nobody has acted on a mention in this range yet.',
        },
        { buckets: r.firstAction.all, colour: '#1f4e8c' },
      ),
      table: durationTable('Time to first action per bucket, for all flagged mentions and per category', [
        ...durationRows(r.firstAction.all, 'All flagged'),
        ...CATEGORY_CODES.flatMap((c) => durationRows(r.firstAction[c], labelOf(c))),
      ]),
    }),
  }),
  responsePanel({
    id: 'first-action-safeguarding',
    title: 'Time to first action: safeguarding and threats',
    description: 'Risk to life must reach a person within minutes. Counted from when we collected each post, as above.',
    render: (r) => ({
      chart: durationChart(
        {
          targets: [{ value: r.targets.urgentFirstActionMinutes, label: 'target' }],
          nothingYet: 'Nobody has acted on a safeguarding or threat mention in this range yet.',
        },
        { buckets: r.firstAction.safeguarding, colour: CATEGORY_COLOURS.safeguarding, label: labelOf('safeguarding') },
        { buckets: r.firstAction.threat, colour: CATEGORY_COLOURS.threat, label: labelOf('threat') },
      ),
      table: durationTable('Time to first action for safeguarding and threats', [
        ...durationRows(r.firstAction.safeguarding, 'Safeguarding'),
        ...durationRows(r.firstAction.threat, 'Threat'),
      ]),
    }),
  }),
  BACKLOG_PANEL,
  ESCALATION_TIMES_PANEL,
  responsePanel({
    id: 'own-account-response',
    title: 'Replies on our own accounts',
    description: 'Comments on the OU’s pages: from posting to our reply (policy 7.3, “in a timely fashion”).',
    render: (r) => ({
      chart: (
        <>
          <p className="trend-card__note">{r.ownAccountUnanswered} comments in this range have no reply yet.</p>
          {durationChart(
            {
              targets: [{ value: r.targets.ownAccountResponseMinutes, label: 'target' }],
              nothingYet: 'No comment on our own accounts in this range has a reply yet.',
            },
            { buckets: r.ownAccountResponse, colour: '#1f6fb4' },
          )}
        </>
      ),
      table: durationTable(
        'Time to reply to comments on our own accounts',
        durationRows(r.ownAccountResponse, 'Reply'),
      ),
    }),
  }),
];
