import type { ReactNode } from 'react';

/** The dashboard's name with its logo, in the shell's header and above the signed-out pages. */
export function Brand({ className }: { className: string }) {
  return (
    <span className={className}>
      <span className="shell__logo" aria-hidden="true">
        OU
      </span>
      Social Listening
    </span>
  );
}

/** A page outside the dashboard's layout (sign-in, changing a password): the brand over one card. */
export function StandalonePage({ children }: { children: ReactNode }) {
  return (
    <main className="sign-in-page">
      <Brand className="sign-in-page__brand" />
      {children}
    </main>
  );
}
