import type { MentionDetail } from '@ou-listening/shared';
import { formatUkTime } from '../../../../lib/uk-time';
import { relativeTime } from '../format';
import { historyInWords } from '../history-words';
import { ItemList } from '../../../../components/ui/item-list';

type Props = { history: MentionDetail['history'] };

/** What was done, in words and names: "Chris Comms hid this — reason: spam". */
export function MentionHistory({ history }: Props) {
  return (
    <section aria-labelledby="detail-history">
      <h3 id="detail-history">History</h3>
      <ItemList
        items={history}
        empty={<p className="muted">Nothing has been done yet.</p>}
        className="detail-list"
        ordered
        itemKey={(h, index) => `${h.at}-${index}`}
      >
        {(h) => (
          <>
            {historyInWords(h)}{' '}
            <time className="muted" dateTime={h.at} title={formatUkTime(h.at)}>
              {relativeTime(h.at)}
            </time>
          </>
        )}
      </ItemList>
    </section>
  );
}
