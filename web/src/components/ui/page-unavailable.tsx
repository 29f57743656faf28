import type { ReactNode } from 'react';
import { Page } from './page';

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
      <p className="alert alert--error" role="alert">
        {error.message}
      </p>
      {children}
    </Page>
  );
}
