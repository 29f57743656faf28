import type { ReactNode } from 'react';

type Props<T> = {
  items: readonly T[];
  /** shown instead of the list when there are no items */
  empty: ReactNode;
  className: string;
  /** a numbered list (`<ol>`), for things in the order they happened */
  ordered?: boolean;
  itemKey: (item: T, index: number) => string;
  children: (item: T) => ReactNode;
};

/** A list of items, or what to say when there are none. */
export function ItemList<T>({ items, empty, className, ordered = false, itemKey, children }: Props<T>) {
  if (items.length === 0) return empty;
  const List = ordered ? 'ol' : 'ul';
  return (
    <List className={className}>
      {items.map((item, index) => (
        <li key={itemKey(item, index)}>{children(item)}</li>
      ))}
    </List>
  );
}
