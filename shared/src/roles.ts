/**
 * The four roles of DESIGN.md §1 and what each is called on screen. Deny by default: a route names
 * the roles it admits.
 */
export const ROLE_LABELS = {
  comms: 'Communications',
  manager: 'Manager',
  discipline: 'Discipline officer',
  admin: 'Administrator',
} as const satisfies Record<string, string>;
export type Role = keyof typeof ROLE_LABELS;

/** The roles, in the order above (the order pickers and the role matrix show them in). */
export const ROLES: readonly Role[] = Object.freeze(Object.keys(ROLE_LABELS) as Role[]);

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The same, short enough for the header's chip beside a name on a 360 px phone. */
export const ROLE_SHORT_LABELS: Readonly<Record<Role, string>> = {
  ...ROLE_LABELS,
  discipline: 'Discipline',
  admin: 'Admin',
};
