import { formatUkTime } from '../../../lib/uk-time';
import '../cases.css';

type Props = { printedBy: string; printedAt: Date };

/** Shown only on paper: whose document it is, that it is confidential, and who printed it when. */
export function PrintHeader({ printedBy, printedAt }: Props) {
  return (
    <header className="print-header">
      <p className="print-header__org">The Open University — Confidential</p>
      <p className="print-header__meta">
        Printed by {printedBy} on {formatUkTime(printedAt.toISOString())} (UK time)
      </p>
    </header>
  );
}
