import { type ArgumentsHost, Catch, type ExceptionFilter, HttpStatus } from '@nestjs/common';
import type { Response } from 'express';
import { DEFAULT_RETRY_AFTER_SECONDS } from './api-exception.filter.js';
import { DomainError } from './domain-error.js';

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  422: 'Unprocessable Entity',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

@Catch(DomainError)
export class DomainErrorFilter implements ExceptionFilter<DomainError> {
  catch(error: DomainError, host: ArgumentsHost): void {
    const res = host.switchToHttp().getResponse<Response>();
    const mustWait = error.status === 429 || error.status === 503;
    const retryAfter = error.retryAfterSeconds ?? (mustWait ? DEFAULT_RETRY_AFTER_SECONDS : undefined);
    if (retryAfter !== undefined) res.setHeader('Retry-After', String(Math.ceil(retryAfter)));
    res.status(error.status ?? HttpStatus.BAD_REQUEST).json({
      statusCode: error.status,
      error: REASONS[error.status] ?? 'Error',
      message: error.message,
      ...error.body(),
    });
  }
}
