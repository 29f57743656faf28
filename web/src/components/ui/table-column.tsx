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
