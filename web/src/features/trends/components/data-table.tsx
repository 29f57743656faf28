import { Link } from 'react-router';
import { type Column, DataTable as KitTable, linkColumn } from '../../../components/ui/data-table';
import { formatUkDate } from '../../../lib/uk-time';

export type TableCell = string | number;
export type TableRow = {
  cells: TableCell[];
  /** the queue filtered to this row's mentions */
  href?: string;
  /** where the first cell links (an author's page) */
  firstCellHref?: string;
};
export type TableSpec = { caption: string; columns: string[]; rows: (TableCell[] | TableRow)[] };

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const toRow = (row: TableCell[] | TableRow): TableRow => (Array.isArray(row) ? { cells: row } : row);
const isDay = (cell: TableCell | undefined): cell is string => typeof cell === 'string' && DAY.test(cell);
const cellClass = (cell: TableCell | undefined) => (typeof cell === 'number' ? 'num' : isDay(cell) ? 'day' : undefined);
/** A cell as shown: a day as dd/mm/yyyy, like every date in the dashboard. */
const shown = (cell: TableCell | undefined) => (isDay(cell) ? formatUkDate(cell) : cell);

/** A compact table that fits a phone: dates never wrap, and a row with mentions behind it links to them. */
export function DataTable({ caption, columns, rows }: TableSpec) {
  const tableRows = rows.map(toRow);
  const cells: Column<TableRow>[] = columns.map((header, j) => ({
    key: `${j}`,
    header,
    cell: (row) =>
      j === 0 && row.firstCellHref ? <Link to={row.firstCellHref}>{shown(row.cells[0])}</Link> : shown(row.cells[j]),
    className: (row) => cellClass(row.cells[j]),
  }));
  const linked = tableRows.some((row) => row.href);
  const open = linkColumn<TableRow>({
    header: 'Mentions',
    href: (row) => row.href,
    label: (row) => `Open the mentions: ${row.cells.slice(0, 2).map(shown).join(', ')}`,
  });
  return (
    <KitTable
      className="table table--dense trend-table"
      caption={caption}
      captionClassName="visually-hidden"
      columns={linked ? [...cells, open] : cells}
      rows={tableRows}
      rowKey={(_, i) => i}
      emptyRow="Nothing in this range."
    />
  );
}
