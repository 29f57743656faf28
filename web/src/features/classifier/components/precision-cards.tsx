import { CATEGORY_INFO } from '@ou-listening/shared';
import { decimal } from './numbers';
import { Marked, type PrecisionRow } from './precision-figures';

type Props = { rows: PrecisionRow[]; shortDays: number; longDays: number };

/** The precision table on a phone: a card a category, its figures one under another (CSS shows one layout). */
export function PrecisionCards({ rows, shortDays, longDays }: Props) {
  return (
    <ul className="precision-cards" aria-label="Precision by category">
      {rows.map((row) => (
        <li key={row.category} className="card precision-card">
          <strong>{CATEGORY_INFO[row.category].label}</strong>
          <dl className="precision-card__figures">
            <dt>Last {shortDays} days</dt>
            <dd>
              <Marked figures={row.short} />
            </dd>
            <dt>Last {longDays} days</dt>
            <dd>
              <Marked figures={row.long} />
            </dd>
            <dt>Sealed precision</dt>
            <dd>{decimal(row.sealed?.precision)}</dd>
            <dt>Sealed recall</dt>
            <dd>{decimal(row.sealed?.recall)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}
