import { Link } from 'react-router';

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
const isRow = (row: TableCell[] | TableRow): row is TableRow => !Array.isArray(row);

/** A compact table that fits a phone: dates never wrap, and a row with mentions behind it links to them. */
export function DataTable({ caption, columns, rows }: TableSpec) {
  const linked = rows.some((row) => isRow(row) && row.href);
  return (
    <table className="table table--dense trend-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column} scope="col">
              {column}
            </th>
          ))}
          {linked && (
            <th scope="col">
              <span className="visually-hidden">Mentions</span>
            </th>
          )}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={columns.length + (linked ? 1 : 0)} className="empty">
              Nothing in this range.
            </td>
          </tr>
        )}
        {rows.map((row, i) => {
          const { cells, href, firstCellHref } = isRow(row) ? row : { cells: row, href: undefined };
          return (
            <tr key={i}>
              {cells.map((cell, j) => (
                <td key={j} className={typeof cell === 'number' ? 'num' : DAY.test(cell) ? 'day' : undefined}>
                  {j === 0 && firstCellHref ? <Link to={firstCellHref}>{cell}</Link> : cell}
                </td>
              ))}
              {linked && (
                <td>
                  {href && (
                    <Link to={href} aria-label={`Open the mentions: ${cells.slice(0, 2).join(', ')}`}>
                      Open
                    </Link>
                  )}
                </td>
              )}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
