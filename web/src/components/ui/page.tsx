import type { ReactNode } from 'react';

type Props = { title: string; children: ReactNode };

export function Page({ title, children }: Props) {
  return (
    <section className="page" aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      {children}
    </section>
  );
}
