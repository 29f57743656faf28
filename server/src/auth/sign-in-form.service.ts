import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { Injectable } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { clientIp } from '../common/current-user.decorator.js';
import { InvalidCredentials, ServerBusy, SignInAlreadyInProgress, TooManySignInAttempts } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { SignInDto } from './dto/sign-in.dto.js';
import { setSessionCookie } from './session-cookie.js';

/** What the form says for each refusal: the JSON login's own messages. */
export const SIGN_IN_REFUSALS = {
  credentials: new InvalidCredentials().message,
  throttled: new TooManySignInAttempts(0).message,
  'in-progress': new SignInAlreadyInProgress().message,
  busy: new ServerBusy(0).message,
  invalid: 'Enter your email address and your password.',
} as const;
export type SignInRefusal = keyof typeof SIGN_IN_REFUSALS;

function refusalOf(error: unknown): SignInRefusal | undefined {
  if (error instanceof InvalidCredentials) return 'credentials';
  if (error instanceof TooManySignInAttempts) return 'throttled';
  if (error instanceof SignInAlreadyInProgress) return 'in-progress';
  if (error instanceof ServerBusy) return 'busy';
  return undefined;
}

/** Only same-site paths: an open redirect would let a link send people elsewhere after sign-in. */
export function safeReturnPath(next: unknown): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\')
    ? next
    : '/';
}

/** Back to the form, keeping where the person was going. */
function refusedLocation(next: string, refusal: SignInRefusal): string {
  const query = new URLSearchParams(next === '/' ? { error: refusal } : { next, error: refusal });
  return `/sign-in?${query.toString()}`;
}

/** Far more than an email (254) and a password (256) take, urlencoded. */
const MAX_FORM_BYTES = 8 * 1024;

/**
 * The urlencoded body of a form post, or undefined when it is not one or is too large. Read here:
 * Nest's body parsers are registered after this middleware, and /api refuses non-JSON bodies.
 */
async function formBody(req: Request): Promise<URLSearchParams | undefined> {
  if (!req.is('application/x-www-form-urlencoded')) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Sign-in without scripts (issue 20, first load): /sign-in arrives with the app's form already in
 * its HTML (server/src/web), and a submit made before the app takes over, or with scripts off, is an
 * ordinary form POST to the page's own address. This signs it in exactly as POST /api/auth/login
 * does (the same DTO, AuthService.signIn with its rate limits and audit rows, the same cookie) and
 * answers with a redirect: to `next` when signed in, back to the form with a refusal code otherwise
 * (post, redirect, get: a reload sends nothing again).
 */
@Injectable()
export class SignInFormService {
  constructor(private readonly auth: AuthService) {}

  /** POST /sign-in with the form's urlencoded body; `next` is in the address the form was sent to. */
  async handle(req: Request, res: Response, next: NextFunction): Promise<void> {
    const returnTo = safeReturnPath(req.query.next);
    try {
      const body = await formBody(req);
      // Trimmed as the app's form trims it before sending JSON.
      const input = plainToInstance(SignInDto, {
        email: body?.get('email')?.trim(),
        password: body?.get('password') ?? undefined,
      });
      if (!body || (await validate(input)).length > 0) {
        res.redirect(303, refusedLocation(returnTo, 'invalid'));
        return;
      }
      const { token, expiresAt } = await this.auth.signIn(input.email, input.password, {
        ip: clientIp(req),
        userAgent: req.get('user-agent'),
      });
      setSessionCookie(req, res, token, expiresAt);
      res.redirect(303, returnTo);
    } catch (error) {
      const refusal = refusalOf(error);
      if (refusal === undefined) return next(error);
      if (error instanceof TooManySignInAttempts || error instanceof ServerBusy)
        res.setHeader('Retry-After', String(error.retryAfterSeconds));
      res.redirect(303, refusedLocation(returnTo, refusal));
    }
  }
}
