/**
 * TypeORM's postgres driver answers `UPDATE … RETURNING` and `DELETE … RETURNING` with
 * `[rows, affectedCount]`, but SELECT and INSERT with `rows`. This gives the rows either way.
 */
export function returnedRows<T>(result: unknown): T[] {
  if (Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number')
    return result[0] as T[];
  return result as T[];
}

/** Anything that runs SQL: the DataSource, a transaction's EntityManager or a QueryRunner. */
export interface Queryable {
  query(sql: string, parameters?: unknown[]): Promise<unknown>;
}

/**
 * Runs one statement and gives its rows as `Row`, the row type written beside the SQL. The one
 * place a query's result is typed, so repositories hold no casts of their own.
 */
export async function selectRows<Row>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<Row[]> {
  return returnedRows<Row>(await db.query(sql, parameters));
}

/** The first row of `selectRows`, or undefined when the statement returned none. */
export async function selectRow<Row>(db: Queryable, sql: string, parameters: unknown[] = []): Promise<Row | undefined> {
  const [row] = await selectRows<Row>(db, sql, parameters);
  return row;
}

/** SQL rendering `column` (a timestamptz) as the API sends times: ISO 8601 in UTC, to the millisecond. */
export function iso(column: string): string {
  return `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
}
