import type { ReactNode } from 'react';
import { ItemList } from '../../../components/ui/item-list';
import { formatUkTime } from '../../../lib/uk-time';
import { Card } from '../../../components/ui/card';

/** A note or a report on the author: what was said, by whom and when. */
type Entry = { text: ReactNode; by: string | null; at: string };

type Props = {
  /** the heading's id, which names the section */
  id: string;
  title: string;
  entries: readonly Entry[];
  /** what to say when there are none; absent, an empty log shows nothing */
  empty?: string;
};

/** What the team has written about the author, one entry a line: "Spam account — Chris Comms, 3 May 2026 10:04". */
export function AuthorLog({ id, title, entries, empty }: Props) {
  if (entries.length === 0 && empty === undefined) return null;
  return (
    <Card id={id} title={title}>
      <ItemList
        items={entries}
        empty={<p className="muted">{empty}</p>}
        className="detail-list"
        itemKey={(e, i) => `${e.at}-${i}`}
      >
        {(e) => (
          <>
            {e.text}{' '}
            <span className="muted">
              — {e.by ?? 'someone'}, <time dateTime={e.at}>{formatUkTime(e.at)}</time>
            </span>
          </>
        )}
      </ItemList>
    </Card>
  );
}
