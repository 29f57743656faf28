import type { ReactNode } from 'react';
import type { PhoneLayout } from './table-column';
import { byId, Table, type TableProps } from './table';

export { type Column, linkColumn, type PhoneLayout } from './table-column';

/** Everything about a table but its rows: a feature can keep this as a constant beside its columns. */
export type TableLayout<Row> = Omit<Props<Row>, 'rows'>;

type Props<Row> = TableProps<Row> & {
  /** shown instead of the table when there are no rows */
  empty?: ReactNode;
  /**
   * a wide table scrolls sideways in its own box, a focusable region named by `label`, so keyboard
   * users can scroll it on a phone (axe: scrollable-region-focusable)
   */
  scroll?: { label: string };
  phone?: PhoneLayout<Row>;
};

/** The kit's data table: column definitions in, a `<table>` with headers, empty state and phone cards out. */
export function DataTable<Row>({ rows, columns, rowKey = byId, empty, scroll, phone, ...rest }: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const table = <Table rows={rows} columns={columns} rowKey={rowKey} {...rest} />;
  const wrapped = !scroll ? (
    table
  ) : (
    <div className="table-scroll" tabIndex={0} role="region" aria-label={scroll.label}>
      {table}
    </div>
  );
  if (!phone) return wrapped;
  return (
    <>
      {wrapped}
      <ul className={phone.className} aria-label={phone.label}>
        {rows.map((row, i) => (
          <li key={rowKey(row, i)} className={phone.cardClassName?.(row)}>
            {phone.card(row)}
          </li>
        ))}
      </ul>
    </>
  );
}
