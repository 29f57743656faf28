import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { STATUS_CODES } from 'node:http';
import { type DatabaseFailureKind, databaseFailure, describeDatabaseFailure } from './database-error.js';

/** Sent as Retry-After on a 429 or 503 when whoever refused did not say how long to wait. */
export const DEFAULT_RETRY_AFTER_SECONDS = 10;

const DATABASE_ANSWERS: Record<Exclude<DatabaseFailureKind, 'unknown'>, { status: number; message: string }> = {
  invalid: { status: 400, message: 'A value in the request is not one the server can store or compare' },
  conflict: { status: 409, message: 'The request conflicts with data already stored' },
  busy: { status: 503, message: 'The database is busy: try again in a moment' },
  unavailable: { status: 503, message: 'The database is not available: try again in a moment' },
};

/**
 * Everything that is not a DomainError (DomainErrorFilter answers those): Nest's HTTP exceptions,
 * the body parser's errors, database failures and our own faults. A database failure is answered
 * by what it means (400, 409, 503) and an unknown fault with a bare 500; neither ever carries
 * the database's text, and the log gets the SQLSTATE, the constraint and the route, never the
 * query or its parameters (which held user text, issue 12 §6).
 */
@Catch()
export class ApiExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger('ApiExceptionFilter');

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const req = http.getRequest<Request>();
    const res = http.getResponse<Response>();
    if (res.headersSent) {
      res.end();
      return;
    }

    if (exception instanceof HttpException) {
      const body = exception.getResponse();
      const status = exception.getStatus();
      return send(res, status, typeof body === 'object' ? onceEach(body) : { statusCode: status, message: body });
    }
    const clientError = clientErrorOf(exception);
    if (clientError)
      return send(res, clientError.status, { statusCode: clientError.status, message: clientError.message });

    const failure = databaseFailure(exception);
    if (failure && failure.kind !== 'unknown') {
      const answer = DATABASE_ANSWERS[failure.kind];
      this.logger.warn(`${routeOf(req)}: ${describeDatabaseFailure(failure)}`);
      return send(res, answer.status, { statusCode: answer.status, message: answer.message });
    }
    if (failure) this.logger.error(`${routeOf(req)}: ${describeDatabaseFailure(failure)}\n${stackFrames(exception)}`);
    else this.logger.error(`${routeOf(req)}: ${stackOf(exception) || String(exception)}`);
    send(res, 500, { statusCode: 500, message: 'Internal server error' });
  }
}

/**
 * Validation says each thing once: two rules of one field can share a message ("text is required"
 * when it is empty and when it is only spaces), and the list repeated it.
 */
function onceEach(body: object): object {
  const { message } = body as { message?: unknown };
  return Array.isArray(message) ? { ...body, message: [...new Set(message)] } : body;
}

function send(res: Response, status: number, body: object): void {
  if ((status === 429 || status === 503) && !res.getHeader('Retry-After'))
    res.setHeader('Retry-After', String(DEFAULT_RETRY_AFTER_SECONDS));
  res.status(status).json({ error: STATUS_CODES[status] ?? 'Error', ...body });
}

/**
 * Errors from the body parser (malformed, too large or too deep JSON) and the router (a path
 * that is not valid percent-encoding) carry a 4xx status; their message is shown only when
 * marked safe to expose.
 */
function clientErrorOf(exception: unknown): { status: number; message: string } | undefined {
  if (typeof exception !== 'object' || exception === null) return undefined;
  const { status, statusCode, expose, message } = exception as Record<string, unknown>;
  const code = typeof status === 'number' ? status : statusCode;
  if (typeof code !== 'number' || code < 400 || code > 499) return undefined;
  const safe = expose === true && typeof message === 'string';
  return { status: code, message: safe ? message : (STATUS_CODES[code] ?? 'Bad Request') };
}

/** The route as declared (`PATCH /api/sources/:id`), so ids and query strings stay out of the log. */
function routeOf(req: Request): string {
  const route = (req.route as { path?: unknown } | undefined)?.path;
  return `${req.method} ${typeof route === 'string' ? route : '(no route)'}`;
}

/** The stack, read by shape: errors from node itself fail `instanceof Error` across realms (Jest's VM). */
function stackOf(exception: unknown): string {
  const stack = (exception as { stack?: unknown } | null | undefined)?.stack;
  return typeof stack === 'string' ? stack : '';
}

/** Where the error was thrown from, without its first line (the database's message). */
function stackFrames(exception: unknown): string {
  return stackOf(exception)
    .split('\n')
    .filter((line) => line.trimStart().startsWith('at '))
    .join('\n');
}
