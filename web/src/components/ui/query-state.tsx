import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { ErrorAlert } from './error-alert';

type Props<T> = {
  query: UseQueryResult<T>;
  /** what shows while the data is on its way: a line of text is shown as the page's loading line */
  loading: ReactNode;
  /** the start of the error line, "Could not load the figures": the server's reason follows */
  failed: string;
  children: (data: T) => ReactNode;
};

/** A query's three states written once: loading, the error said in an alert, or its data. */
export function QueryState<T>({ query, loading, failed, children }: Props<T>) {
  if (query.isPending) return typeof loading === 'string' ? <p className="loading">{loading}</p> : loading;
  if (query.isError)
    return (
      <ErrorAlert>
        {failed}: {query.error.message}
      </ErrorAlert>
    );
  return children(query.data);
}
