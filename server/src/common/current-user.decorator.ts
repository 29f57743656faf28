import { createParamDecorator, type ExecutionContext, SetMetadata } from '@nestjs/common';
import type { Role } from '@ou-listening/shared';
import type { Request } from 'express';

/** Who is asking, as the session guard found them. */
export type SessionUser = {
  id: string;
  email: string;
  displayName: string;
  role: Role;
};

export type AuthenticatedRequest = Request & { user?: SessionUser; sessionId?: string };

/** `@CurrentUser() user: SessionUser` in a handler behind @Roles(...). */
export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): SessionUser => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('CurrentUser used on a route without a signed-in user (is it @Public()?)');
  return request.user;
});

/** The client address for audit rows (Express resolves X-Forwarded-For only when trust proxy is set). */
export function clientIp(request: Request): string | undefined {
  return request.ip ?? request.socket.remoteAddress;
}

/** Who made a change and from where: what every audit row records about its author, and their role. */
export type Actor = { id: string; email: string; displayName: string; role: Role; ip?: string };

/** `@Actor() actor: Actor` in a handler that changes something, behind @Roles(...); one name for the decorator and the type it gives. */
export const Actor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const request = ctx.switchToHttp().getRequest<AuthenticatedRequest>();
  if (!request.user) throw new Error('@Actor() used on a route without a signed-in user (is it @Public()?)');
  const { id, email, displayName, role } = request.user;
  return { id, email, displayName, role, ip: clientIp(request) };
});

export const OPEN_BEFORE_PASSWORD_CHANGE_KEY = 'ou:open-before-password-change';

/**
 * Still answers a signed-in user who must change their password first (the change itself,
 * sign-out, /api/auth/me); every other route refuses them with 403 password_change_required.
 */
export const OpenBeforePasswordChange = () => SetMetadata(OPEN_BEFORE_PASSWORD_CHANGE_KEY, true);
