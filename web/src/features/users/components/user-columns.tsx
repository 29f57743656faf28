import type { Role, UserSummary } from '@ou-listening/shared';
import type { Column } from '../../../components/ui/data-table';
import { RoleSelect, UserActions } from './user-controls';

type Handlers = {
  currentUserId: string;
  updating: boolean;
  resetting: boolean;
  onRole: (user: UserSummary, role: Role) => void;
  onToggleDisabled: (user: UserSummary) => void;
  onReset: (user: UserSummary) => void;
};

/** The users table's columns: an admin cannot change their own role or disable or reset themselves. */
export function userColumns(h: Handlers): Column<UserSummary>[] {
  return [
    { key: 'name', header: 'Name', cell: (user) => user.displayName },
    { key: 'email', header: 'Email', cell: (user) => user.email },
    {
      key: 'role',
      header: 'Role',
      cell: (user) => (
        <RoleSelect
          user={user}
          disabled={user.id === h.currentUserId || h.updating}
          onChange={(role) => h.onRole(user, role)}
        />
      ),
    },
    { key: 'status', header: 'Status', cell: (user) => (user.disabled ? 'Disabled' : 'Active') },
    {
      key: 'actions',
      header: <span className="visually-hidden">Actions</span>,
      cell: (user) =>
        user.id !== h.currentUserId && (
          <UserActions
            user={user}
            updating={h.updating}
            resetting={h.resetting}
            onToggleDisabled={() => h.onToggleDisabled(user)}
            onReset={() => h.onReset(user)}
          />
        ),
    },
  ];
}
