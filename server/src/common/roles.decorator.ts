import { applyDecorators, Controller, SetMetadata } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
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

export interface RolesControllerOptions {
  /** The routes' prefix; none when the handlers name their own paths. */
  path?: string;
  /** The group the routes fall under in the OpenAPI document. */
  tag: string;
  /** Who may call every route that does not say otherwise. */
  roles: [Role, ...Role[]];
}

/**
 * A controller whose routes all serve the same roles: its path, its group in the OpenAPI document and
 * who may call it, stated once. A handler's own @Roles(...) replaces the list for that route.
 */
export function RolesController({ path = '', tag, roles }: RolesControllerOptions): ClassDecorator {
  return applyDecorators(ApiTags(tag), Roles(...roles), Controller(path));
}
