import { ROLES, type Role } from '@ou-listening/shared';

export type NavItem = { to: string; label: string; roles: readonly Role[] };

/** What each role may use; the server enforces the same rules, this only hides what would be refused. */
export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/overview', label: 'Overview', roles: ROLES },
  { to: '/queue', label: 'Queue', roles: ['comms', 'admin'] },
  { to: '/escalations', label: 'Escalations', roles: ['discipline', 'admin'] },
  { to: '/trends', label: 'Trends', roles: ['manager', 'admin'] },
  { to: '/admin/health', label: 'Health', roles: ['admin'] },
  { to: '/admin/sources', label: 'Sources', roles: ['admin'] },
  { to: '/admin/classifier', label: 'Classifier', roles: ['admin'] },
  { to: '/admin/users', label: 'Users', roles: ['admin'] },
  { to: '/admin/audit', label: 'Audit log', roles: ['admin'] },
  { to: '/admin/privacy', label: 'Data protection', roles: ['admin'] },
];

export const navItemsFor = (role: Role) => NAV_ITEMS.filter((item) => item.roles.includes(role));
