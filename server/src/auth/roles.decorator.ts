/**
 * Kept only for server/src/classify, which another change is rewriting; the decorators live in
 * common/. Delete this file once classify imports them from there.
 */
export { PUBLIC_KEY, Public, ROLES_KEY, Roles } from '../common/roles.decorator.js';
