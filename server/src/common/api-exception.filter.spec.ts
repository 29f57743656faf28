import { type ArgumentsHost, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { DatabaseError } from 'pg';
import { QueryFailedError } from 'typeorm';
import { ApiExceptionFilter } from './api-exception.filter';
import { databaseFailure, errorForLog } from './database-error';
import { DomainError } from './domain-error';
import { DomainErrorFilter } from './domain-error.filter';

type Answer = { status?: number; headers: Record<string, string>; body?: unknown };

/** What a filter answered, through the few Response methods the filters use. */
function answerOf(filter: { catch(exception: unknown, host: ArgumentsHost): void }, exception: unknown): Answer {
  const answer: Answer = { headers: {} };
  const res = {
    headersSent: false,
    getHeader: (name: string) => answer.headers[name.toLowerCase()],
    setHeader: (name: string, value: string) => void (answer.headers[name.toLowerCase()] = value),
    status(code: number) {
      answer.status = code;
      return this;
    },
    json: (body: unknown) => void (answer.body = body),
  } as unknown as Response;
  const req = { method: 'POST', route: { path: '/api/mentions/:id/notes' } } as Request;
  const host = { switchToHttp: () => ({ getRequest: () => req, getResponse: () => res }) } as ArgumentsHost;
  filter.catch(exception, host);
  return answer;
}

function postgresError(code: string, message = 'the database says: 07700 900123'): DatabaseError {
  return Object.assign(new DatabaseError(message, 0, 'error'), { code });
}

const failedQuery = (code: string) =>
  new QueryFailedError('INSERT INTO notes (body) VALUES ($1)', ['07700 900123'], postgresError(code));

class Throttled extends DomainError {
  readonly status = 429;
}
class Conflict extends DomainError {
  readonly status = 409;
}

/** What the filters logged, instead of the console. */
let logged: string[];
beforeEach(() => {
  logged = [];
  const record = (message: unknown) => void logged.push(String(message));
  jest.spyOn(Logger.prototype, 'error').mockImplementation(record);
  jest.spyOn(Logger.prototype, 'warn').mockImplementation(record);
});
afterEach(() => jest.restoreAllMocks());

describe('Retry-After', () => {
  it('goes on every 429 and 503, with a default when whoever refused did not say', () => {
    expect(answerOf(new DomainErrorFilter(), new Throttled('slow down')).headers['retry-after']).toBe('10');
    const timed = Object.assign(new Throttled('slow down'), { retryAfterSeconds: 2.5 });
    expect(answerOf(new DomainErrorFilter(), timed).headers['retry-after']).toBe('3');
    expect(answerOf(new ApiExceptionFilter(), new HttpException('slow down', 429)).headers['retry-after']).toBe('10');
    expect(answerOf(new ApiExceptionFilter(), failedQuery('40001')).headers['retry-after']).toBe('10');
  });

  it('is left off other answers', () => {
    expect(answerOf(new DomainErrorFilter(), new Conflict('changed')).headers).toEqual({});
    expect(answerOf(new ApiExceptionFilter(), failedQuery('23505')).headers).toEqual({});
  });
});

describe('a database failure', () => {
  it.each([
    ['22P02', 400],
    ['22021', 400],
    ['22003', 400],
    ['23502', 400],
    ['23505', 409],
    ['23503', 409],
    ['40001', 503],
    ['40P01', 503],
    ['57P01', 503],
    ['08006', 503],
    ['42703', 500],
  ])('SQLSTATE %s during a query is a %i, without the database text', (code, status) => {
    const answer = answerOf(new ApiExceptionFilter(), failedQuery(code));
    expect(answer.status).toBe(status);
    expect(JSON.stringify(answer.body)).not.toMatch(/07700|INSERT|database says/);
  });

  it('is logged with its SQLSTATE and route, never the query, its parameters or the database message', () => {
    answerOf(new ApiExceptionFilter(), failedQuery('22P02'));
    answerOf(new ApiExceptionFilter(), failedQuery('42703'));
    expect(logged[0]).toBe('POST /api/mentions/:id/notes: database invalid SQLSTATE 22P02');
    expect(logged[1]).toMatch(/^POST \/api\/mentions\/:id\/notes: database error SQLSTATE 42703\n\s+at /);
    expect(logged.join('\n')).not.toMatch(/07700|INSERT|database says/);
  });

  it('is described to background jobs by its facts too, and other errors by their message', () => {
    expect(errorForLog(failedQuery('22P02'))).toBe('database invalid SQLSTATE 22P02');
    expect(errorForLog(new TypeError('x is undefined'))).toBe('x is undefined');
  });

  it('is "unavailable" when connecting fails, however the driver says so', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(databaseFailure(refused)).toEqual({ kind: 'unavailable' });
    expect(databaseFailure(new Error('timeout exceeded when trying to connect'))).toEqual({ kind: 'unavailable' });
    expect(databaseFailure(new Error('Connection terminated unexpectedly'))).toEqual({ kind: 'unavailable' });
    // Refused by the server before any query ran: the database is not accepting connections.
    expect(databaseFailure(postgresError('55000'))).toMatchObject({ kind: 'unavailable', sqlState: '55000' });
  });

  it('is not claimed for errors that are not the database', () => {
    expect(databaseFailure(new TypeError('x is undefined'))).toBeUndefined();
    expect(databaseFailure('a string')).toBeUndefined();
  });
});
