import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** One column: its header, and what each row shows in it. */
export type Column<Row> = {
  /** the React key of the column; the header text when the header is not a string */
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** the cell names its row (`<th scope="row">`), so a screen reader reads it before each cell */
  rowHeader?: boolean;
  className?: (row: Row) => string | undefined;
  /** the cell's tooltip */
  title?: (row: Row) => string;
};

/** Cards instead of rows on a phone: the stylesheet shows one layout and hides the other. */
export type PhoneLayout<Row> = {
  label: string;
  className: string;
  card: (row: Row) => ReactNode;
  cardClassName?: (row: Row) => string;
};

type Props<Row> = {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  rowKey: (row: Row, index: number) => string | number;
  caption?: ReactNode;
  captionClassName?: string;
  /** shown instead of the table when there are no rows */
  empty?: ReactNode;
  /** shown as the table's only row when there are no rows (the headers stay) */
  emptyRow?: ReactNode;
  className?: string;
  rowClassName?: (row: Row) => string | undefined;
  /** a wide table scrolls sideways in its own box; a label makes that box a focusable region */
  scroll?: boolean | { label: string };
  phone?: PhoneLayout<Row>;
};

/** The kit's data table: column definitions in, a `<table>` with headers, empty state and phone cards out. */
export function DataTable<Row>({ rows, columns, rowKey, empty, scroll, phone, ...rest }: Props<Row>) {
  if (rows.length === 0 && empty !== undefined) return <>{empty}</>;
  const table = <Table rows={rows} columns={columns} rowKey={rowKey} {...rest} />;
  const wrapped =
    scroll === undefined || scroll === false ? (
      table
    ) : scroll === true ? (
      <div className="table-scroll">{table}</div>
    ) : (
      // Focusable, so keyboard users can scroll it on a phone (axe: scrollable-region-focusable).
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
  const { rows, columns, rowKey, caption, captionClassName, emptyRow, className, rowClassName } = props;
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

type RowLink<Row> = { header: string; href: (row: Row) => string | undefined; label: (row: Row) => string };

/** A last column that opens each row's page, named for screen readers since every link reads "Open". */
export function linkColumn<Row>({ header, href, label }: RowLink<Row>): Column<Row> {
  return {
    key: 'link',
    header: <span className="visually-hidden">{header}</span>,
    cell: (row) => {
      const to = href(row);
      return to ? (
        <Link to={to} aria-label={label(row)}>
          Open
        </Link>
      ) : null;
    },
  };
}
