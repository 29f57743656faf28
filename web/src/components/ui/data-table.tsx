import type { ReactNode } from 'react';
import type { Column, PhoneLayout } from './table-column';

export { type Column, linkColumn, type PhoneLayout } from './table-column';

/** Everything about a table but its rows: a feature can keep this as a constant beside its columns. */
export type TableLayout<Row> = Omit<Props<Row>, 'rows'>;

type Props<Row> = {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  /** each row's React key; by default its `id`, else its place */
  rowKey?: (row: Row, index: number) => string | number;
  caption?: ReactNode;
  captionClassName?: string;
  /** shown instead of the table when there are no rows */
  empty?: ReactNode;
  /** shown as the table's only row when there are no rows (the headers stay) */
  emptyRow?: ReactNode;
  className?: string;
  rowClassName?: (row: Row) => string | undefined;
  /**
   * a wide table scrolls sideways in its own box, a focusable region named by `label`, so keyboard
   * users can scroll it on a phone (axe: scrollable-region-focusable)
   */
  scroll?: { label: string };
  phone?: PhoneLayout<Row>;
};

const byId = (row: unknown, index: number) =>
  typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : index;

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

function Table<Row>(props: Props<Row>) {
  const { rows, columns, rowKey = byId, caption, captionClassName, emptyRow, className, rowClassName } = props;
  return (
    <table className={className === undefined ? 'table' : className || undefined}>
      {caption !== undefined && <caption className={captionClassName}>{caption}</caption>}
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} scope="col">
              {column.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && emptyRow !== undefined && (
          <tr>
            <td colSpan={columns.length} className="empty">
              {emptyRow}
            </td>
          </tr>
        )}
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} className={rowClassName?.(row)}>
            {columns.map((column) => (
              <Cell key={column.key} row={row} column={column} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Cell<Row>({ row, column }: { row: Row; column: Column<Row> }) {
  const content = column.cell(row);
  const attributes = { className: column.className?.(row), title: column.title?.(row) };
  return column.rowHeader ? (
    <th scope="row" {...attributes}>
      {content}
    </th>
  ) : (
    <td {...attributes}>{content}</td>
  );
}
