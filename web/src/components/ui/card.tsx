import type { ReactNode } from 'react';

type Props = {
  /** the heading's id, which names the section */
  id: string;
  title: ReactNode;
  children: ReactNode;
};

/** A card on a page: a section named by its own heading. */
export function Card({ id, title, children }: Props) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}
