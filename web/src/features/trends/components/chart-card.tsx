import { type ReactNode, useId, useState } from 'react';
import { Button } from '../../../components/ui/button';

type Props = {
  title: string;
  /** one line under the title: what the chart answers, or how to read it */
  description?: ReactNode;
  /** where the chart's data downloads from (GET /api/trends/export.csv?…) */
  csvHref: string;
  table: ReactNode;
  children: ReactNode;
  /** 2 for a card that stands on its own under the page's title (Key figures); 3 under a question's h2 */
  level?: 2 | 3;
};

/** A chart with its table view and a CSV download: every chart can be read without seeing it. */
export function ChartCard({ title, description, csvHref, table, children, level = 3 }: Props) {
  const [showTable, setShowTable] = useState(false);
  const headingId = useId();
  const handleToggle = () => setShowTable((shown) => !shown);
  const Heading = level === 2 ? 'h2' : 'h3';
  return (
    <section className="card trend-card" aria-labelledby={headingId}>
      <header className="trend-card__header">
        <Heading id={headingId}>{title}</Heading>
        <div className="trend-card__actions">
          {/* Its words say what a press does; aria-pressed as well read "Show chart, pressed". */}
          <Button onClick={handleToggle}>
            {showTable ? 'Show chart' : 'Show table'}
            <span className="visually-hidden"> for {title}</span>
          </Button>
          <a className="button" href={csvHref} download aria-label={`Download ${title} as CSV`}>
            CSV
          </a>
        </div>
      </header>
      {description && <p className="trend-card__description muted">{description}</p>}
      {showTable ? (
        // Focusable, so a keyboard can scroll a long table (axe: scrollable-region-focusable).
        <div className="trend-card__table" tabIndex={0}>
          {table}
        </div>
      ) : (
        <div className="trend-card__chart">{children}</div>
      )}
    </section>
  );
}
