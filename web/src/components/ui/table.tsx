import type { ReactNode } from 'react';
import type { Column } from './table-column';

/** What a plain `<table>` of rows needs: its columns and how its rows look. */
export type TableProps<Row> = {
  rows: readonly Row[];
  columns: readonly Column<Row>[];
  /** each row's React key; by default its `id`, else its place */
  rowKey?: (row: Row, index: number) => string | number;
  caption?: ReactNode;
  captionClassName?: string;
  /** shown as the table's only row when there are no rows (the headers stay) */
  emptyRow?: ReactNode;
  className?: string;
  rowClassName?: (row: Row) => string | undefined;
};

export const byId = (row: unknown, index: number) =>
  typeof row === 'object' && row !== null && 'id' in row ? String(row.id) : index;

/** Headers from the column definitions, one row per item, a cell per column. */
export function Table<Row>(props: TableProps<Row>) {
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
