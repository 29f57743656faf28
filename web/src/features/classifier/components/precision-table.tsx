import { CATEGORY_INFO, type ClassifierPrecisionView } from '@ou-listening/shared';
import { type Column, DataTable } from '../../../components/ui/data-table';
import '../classifier.css';
import { PrecisionCards } from './precision-cards';
import { decimal } from './numbers';
import { Marked, type PrecisionRow } from './precision-figures';
import { SealedSetNote } from './sealed-set-note';

type Props = { view: ClassifierPrecisionView };

const columns = (shortDays: number, longDays: number): Column<PrecisionRow>[] => [
  { key: 'category', header: 'Category', rowHeader: true, cell: (row) => CATEGORY_INFO[row.category].label },
  { key: 'short', header: `Last ${shortDays} days`, cell: (row) => <Marked figures={row.short} /> },
  { key: 'long', header: `Last ${longDays} days`, cell: (row) => <Marked figures={row.long} /> },
  { key: 'precision', header: 'Sealed precision', cell: (row) => decimal(row.sealed?.precision) },
  { key: 'recall', header: 'Sealed recall', cell: (row) => decimal(row.sealed?.recall) },
];

/**
 * Each category's precision as staff marks record it (confirmed against false positive, by each
 * flagged real mention's latest mark) over 30 and 90 days, beside the last sealed-set figures.
 * A table on wide screens, a card a category on a phone (CSS shows one and hides the other).
 */
export function PrecisionTable({ view }: Props) {
  const [short, long] = view.windows;
  if (!short || !long) return null;
  const anyMarks = view.windows.some((w) => w.categories.some((c) => c.confirmed + c.falsePositives > 0));
  const sealedBy = new Map(view.sealed?.categories.map((c) => [c.category, c]) ?? []);
  const rows = short.categories.map((c) => ({
    category: c.category,
    short: c,
    long: long.categories.find((x) => x.category === c.category),
    sealed: sealedBy.get(c.category),
  }));
  return (
    <>
      {!anyMarks && (
        <p>
          No staff marks on flagged real mentions in the last {long.days} days yet: precision appears here as mentions
          are marked.
        </p>
      )}
      <SealedSetNote view={view} />
      <div className="precision-wide">
        <DataTable
          caption="Precision as staff marks record it, and on the sealed set"
          columns={columns(short.days, long.days)}
          rows={rows}
          rowKey={(row) => row.category}
          scroll={{ label: 'Precision by category' }}
        />
      </div>
      <PrecisionCards rows={rows} shortDays={short.days} longDays={long.days} />
    </>
  );
}
