/** The four roles of DESIGN.md §1. Deny by default: a route names the roles it admits. */
export const ROLES = ['comms', 'manager', 'discipline', 'admin'] as const;
export type Role = (typeof ROLES)[number];

/** What each role is called on screen, in the order of ROLES. */
export const ROLE_LABELS: Readonly<Record<Role, string>> = {
  comms: 'Communications',
  manager: 'Manager',
  discipline: 'Discipline officer',
  admin: 'Administrator',
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/** The same, short enough for the header's chip beside a name on a 360 px phone. */
export const ROLE_SHORT_LABELS: Readonly<Record<Role, string>> = {
  ...ROLE_LABELS,
  discipline: 'Discipline',
  admin: 'Admin',
};
