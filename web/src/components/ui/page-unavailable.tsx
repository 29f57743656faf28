import type { ReactNode } from 'react';
import { Page } from './page';
import { ErrorAlert } from './error-alert';

type Props = {
  /** "Case not available" */
  title: string;
  error: Error;
  /** where to go instead, under the reason */
  children?: ReactNode;
};

/** A page whose subject could not be loaded: the server's reason in an alert, and any way on. */
export function PageUnavailable({ title, error, children }: Props) {
  return (
    <Page title={title}>
      <ErrorAlert>{error.message}</ErrorAlert>
      {children}
    </Page>
  );
}
