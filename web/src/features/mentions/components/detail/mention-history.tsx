import type { MentionDetail } from '@ou-listening/shared';
import { formatUkTime } from '../../../../lib/uk-time';
import { relativeTime } from '../format';
import { historyInWords } from '../history-words';

type Props = { history: MentionDetail['history'] };

/** What was done, in words and names: "Chris Comms hid this — reason: spam". */
export function MentionHistory({ history }: Props) {
  return (
    <section aria-labelledby="detail-history">
      <h3 id="detail-history">History</h3>
      {history.length === 0 ? (
        <p className="muted">Nothing has been done yet.</p>
      ) : (
        <ol className="detail-list">
          {history.map((h, index) => (
            <li key={`${h.at}-${index}`}>
              {historyInWords(h)}{' '}
              <time className="muted" dateTime={h.at} title={formatUkTime(h.at)}>
                {relativeTime(h.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
