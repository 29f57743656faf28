import type { MentionDetail } from '@ou-listening/shared';
import { formatUkTime } from '../../../../lib/uk-time';
import { relativeTime } from '../format';
import { historyInWords } from '../history-words';
import { DetailLog } from './detail-log';

type Props = { history: MentionDetail['history'] };

/** What was done, in words and names: "Chris Comms hid this — reason: spam". */
export function MentionHistory({ history }: Props) {
  return (
    <DetailLog
      id="detail-history"
      title="History"
      items={history.map((entry) => ({ entry, words: historyInWords(entry) }))}
      empty="Nothing has been done yet."
      ordered
      itemKey={({ entry: h }, index) => `${h.at}-${index}`}
    >
      {({ entry: h, words }) => (
        <>
          {words}{' '}
          <time className="muted" dateTime={h.at} title={formatUkTime(h.at)}>
            {relativeTime(h.at)}
          </time>
        </>
      )}
    </DetailLog>
  );
}
