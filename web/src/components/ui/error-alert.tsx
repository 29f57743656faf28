import type { ReactNode } from 'react';

/** Something went wrong, in the error style and read out at once (`role="alert"`). */
export function ErrorAlert({ children }: { children: ReactNode }) {
  return (
    <p className="alert alert--error" role="alert">
      {children}
    </p>
  );
}
