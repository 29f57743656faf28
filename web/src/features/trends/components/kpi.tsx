import type { ReactNode } from 'react';

type Props = { label: string; children: ReactNode };

/** One figure tile: its label, then the figure (and whatever goes with it). */
export function Kpi({ label, children }: Props) {
  return (
    <li className="kpi">
      <span className="kpi__label">{label}</span>
      {children}
    </li>
  );
}
