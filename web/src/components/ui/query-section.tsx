import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { QueryState } from './query-state';

type Props<T> = {
  /** the heading's id, which names the section */
  id: string;
  title: string;
  /** what stands under the heading whatever the query's state */
  intro?: ReactNode;
  query: UseQueryResult<T>;
  /** what the query reads, plural: "platforms" ("Loading platforms…", "Could not load the platforms") */
  what: string;
  children: (data: T) => ReactNode;
};

/** A part of a page under its own heading that shows one query's data, with its loading and error states. */
export function QuerySection<T>({ id, title, intro, query, what, children }: Props<T>) {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {intro}
      <QueryState query={query} loading={<p role="status">Loading {what}…</p>} failed={`Could not load the ${what}`}>
        {children}
      </QueryState>
    </section>
  );
}
