import { type CanActivate, type ExecutionContext, Injectable, Logger } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Role } from '@ou-listening/shared';
import type { Response } from 'express';
import { NotSignedIn, RoleNotAllowed, RouteNotOpen } from './auth.errors.js';
import { AuthService } from './auth.service.js';
import { PasswordChangeRequired } from '../users/users.errors.js';
import { UsersService } from '../users/users.service.js';
import { type AuthenticatedRequest, OPEN_BEFORE_PASSWORD_CHANGE_KEY } from '../common/current-user.decorator.js';
import { PUBLIC_KEY, ROLES_KEY } from '../common/roles.decorator.js';
import { SESSION_COOKIE, sessionIdOf } from './session-token.js';
import { clearSessionCookie } from './session-cookie.js';

/**
 * The one global guard. Deny by default: a route must say @Public() or @Roles(...);
 * a route that says neither is refused for everyone (and the route-coverage test fails).
 */
@Injectable()
export class SessionGuard implements CanActivate {
  private readonly logger = new Logger(SessionGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
    private readonly users: UsersService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const targets = [context.getHandler(), context.getClass()];
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    await this.identify(request, context.switchToHttp().getResponse<Response>());

    if (this.reflector.getAllAndOverride<boolean>(PUBLIC_KEY, targets)) return true;
    const roles = this.reflector.getAllAndOverride<Role[] | undefined>(ROLES_KEY, targets);
    if (!roles || roles.length === 0) {
      this.logger.warn(`Refused ${request.method} ${request.route?.path ?? request.path}: no @Roles or @Public`);
      throw new RouteNotOpen();
    }
    if (!request.user) throw new NotSignedIn();
    if (!roles.includes(request.user.role)) throw new RoleNotAllowed();
    if (
      !this.reflector.getAllAndOverride<boolean>(OPEN_BEFORE_PASSWORD_CHANGE_KEY, targets) &&
      (await this.users.mustChangePassword(request.user.id))
    )
      throw new PasswordChangeRequired();
    return true;
  }

  private async identify(request: AuthenticatedRequest, response: Response): Promise<void> {
    const token: unknown = request.cookies?.[SESSION_COOKIE];
    if (typeof token !== 'string' || token.length === 0) return;
    const check = await this.auth.checkSession(sessionIdOf(token));
    if (check.status === 'valid') {
      request.user = check.user;
      request.sessionId = check.sessionId;
    } else {
      clearSessionCookie(request, response);
    }
  }
}
