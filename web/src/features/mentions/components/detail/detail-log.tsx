import type { ReactNode } from 'react';
import { ItemList } from '../../../../components/ui/item-list';
import { relativeTime } from '../format';

type Props<T> = {
  /** the heading's id, which names the section */
  id: string;
  title: string;
  items: readonly T[];
  /** what to say when there are none: "No notes yet." */
  empty: string;
  ordered?: boolean;
  itemKey: (item: T, index: number) => string;
  children: (item: T) => ReactNode;
  /** what stands under the list, such as the form that adds to it */
  after?: ReactNode;
};

/** One of a mention's logs in its detail (marks, notes, history): a titled list, or a line saying it is empty. */
export function DetailLog<T>({ id, title, items, empty, ordered, itemKey, children, after }: Props<T>) {
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ItemList
        items={items}
        empty={<p className="muted">{empty}</p>}
        className="detail-list"
        ordered={ordered}
        itemKey={itemKey}
      >
        {children}
      </ItemList>
      {after}
    </section>
  );
}

/** Who wrote an entry and how long ago: "Chris Comms, 5 minutes ago". */
export function ByWhomWhen({ name, at }: { name: string | undefined; at: string }) {
  return (
    <span className="muted">
      {name ?? 'someone'}, <time dateTime={at}>{relativeTime(at)}</time>
    </span>
  );
}
