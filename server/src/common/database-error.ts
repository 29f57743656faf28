import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';

/**
 * What a failure of PostgreSQL means for the caller, read from its SQLSTATE
 * (https://www.postgresql.org/docs/current/errcodes-appendix.html) or, before a connection
 * exists, from the driver's error:
 * - `invalid`: the request carried a value the column cannot take (22xxx, a NOT NULL or CHECK);
 * - `conflict`: it contradicts rows already there (a unique key, a foreign key);
 * - `busy`: the database gave up on it for now (serialization failure, deadlock, lock or statement timeout);
 * - `unavailable`: the database cannot be reached or is shutting down;
 * - `unknown`: anything else, a fault of ours.
 */
export type DatabaseFailureKind = 'invalid' | 'conflict' | 'busy' | 'unavailable' | 'unknown';

/** What may be logged about a failure: never the query text, its parameters or the database's message. */
export type DatabaseFailure = {
  kind: DatabaseFailureKind;
  sqlState?: string;
  constraint?: string;
  table?: string;
};

const CONFLICT = new Set(['23505', '23503', '23P01']);
const INVALID = new Set(['23502', '23514']);
const BUSY = new Set(['40001', '40P01', '55P03', '57014']);
/** admin_shutdown, crash_shutdown, cannot_connect_now, too_many_connections, the database gone or renamed. */
const UNAVAILABLE = new Set(['57P01', '57P02', '57P03', '53300', '3D000']);
/** Socket errors from node when the server is down or unreachable. */
const NETWORK = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN']);
/** node-postgres and its pool say these in words, without a code. */
const CONNECTION_MESSAGES = [
  'timeout exceeded when trying to connect',
  'Connection terminated',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
  'Cannot use a pool after calling end on the pool',
];

/** Reads a database failure out of an error, or undefined when the error is not one. */
export function databaseFailure(error: unknown): DatabaseFailure | undefined {
  const cause = error instanceof QueryFailedError ? (error.driverError as unknown) : error;
  if (cause instanceof DatabaseError) return fromSqlState(cause, error instanceof QueryFailedError);
  // Socket errors come from node itself: read their shape, as `instanceof Error` fails across realms (Jest's VM).
  const { code, message } = (typeof cause === 'object' && cause !== null ? cause : {}) as {
    code?: unknown;
    message?: unknown;
  };
  if (typeof code === 'string' && NETWORK.has(code)) return { kind: 'unavailable' };
  if (typeof message === 'string' && CONNECTION_MESSAGES.some((m) => message.includes(m)))
    return { kind: 'unavailable' };
  return error instanceof QueryFailedError ? { kind: 'unknown' } : undefined;
}

function fromSqlState(error: DatabaseError, duringQuery: boolean): DatabaseFailure {
  const sqlState = error.code ?? '';
  const facts = { sqlState, constraint: error.constraint, table: error.table };
  if (sqlState.startsWith('08') || UNAVAILABLE.has(sqlState)) return { kind: 'unavailable', ...facts };
  // The server refused the connection itself (e.g. "not currently accepting connections", 55000).
  if (!duringQuery) return { kind: 'unavailable', ...facts };
  if (sqlState.startsWith('22') || INVALID.has(sqlState)) return { kind: 'invalid', ...facts };
  if (CONFLICT.has(sqlState)) return { kind: 'conflict', ...facts };
  if (BUSY.has(sqlState)) return { kind: 'busy', ...facts };
  return { kind: 'unknown', ...facts };
}

/** A database failure for the log: what it means and its SQLSTATE, constraint and table, never its message. */
export function describeDatabaseFailure(failure: DatabaseFailure): string {
  const facts = [
    failure.sqlState && ` SQLSTATE ${failure.sqlState}`,
    failure.constraint && ` constraint ${failure.constraint}`,
    failure.table && ` table ${failure.table}`,
  ].filter(Boolean);
  return `database ${failure.kind === 'unknown' ? 'error' : failure.kind}${facts.join(',')}`;
}

/**
 * An error for a log line. A database's message can quote the values of the query (`invalid
 * input syntax for type uuid: "…"`), so a database failure is described by its facts instead.
 */
export function errorForLog(error: unknown): string {
  const failure = databaseFailure(error);
  if (failure) return describeDatabaseFailure(failure);
  const message = (error as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : String(error);
}
