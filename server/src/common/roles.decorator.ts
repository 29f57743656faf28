import { SetMetadata } from '@nestjs/common';
import { type Role, ROLES } from '@ou-listening/shared';

export const ROLES_KEY = 'ou:roles';
export const PUBLIC_KEY = 'ou:public';

/**
 * Deny by default: the global guard rejects any route that has neither @Roles(...) nor @Public().
 * Put it on the handler or the controller class.
 */
export const Roles = (...roles: [Role, ...Role[]]) => SetMetadata(ROLES_KEY, roles);

/** Any signed-in user, whatever their role (their own session, password and notifications). */
export const AnyRole = () => SetMetadata(ROLES_KEY, ROLES);

/** Reachable without signing in (health, sign-in). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
