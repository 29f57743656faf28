import { ROLES, type Role, type UserSummary } from '@ou-listening/shared';
import { useState } from 'react';
import { useResetPassword } from '../api/reset-password';
import { useUpdateUser } from '../api/update-user';
import { ConfirmRoleChange } from './confirm-role-change';
import { ROLE_LABELS } from './create-user-form';

type Props = { users: UserSummary[]; currentUserId: string };

export function UsersTable({ users, currentUserId }: Props) {
  const update = useUpdateUser();
  const reset = useResetPassword();
  const [roleChange, setRoleChange] = useState<{ user: UserSummary; role: Role } | null>(null);

  const handleConfirmRole = () => {
    if (!roleChange) return;
    update.mutate(
      { id: roleChange.user.id, changes: { role: roleChange.role } },
      { onSettled: () => setRoleChange(null) },
    );
  };

  const handleReset = (user: UserSummary) => {
    const confirmed = window.confirm(
      `Reset the password of ${user.email}? Their sessions end, and they must choose a new password at their next sign-in.`,
    );
    if (confirmed) reset.mutate(user.id);
  };

  return (
    <>
      {update.isError && (
        <p className="alert alert--error" role="alert">
          {update.error.message}
        </p>
      )}
      {reset.isError && (
        <p className="alert alert--error" role="alert">
          {reset.error.message}
        </p>
      )}
      {reset.data && (
        <p className="alert alert--info" role="status">
          Reset the password of {reset.data.user.email}; their sessions have ended. Give them this password, shown only
          now: <code aria-label="Generated password">{reset.data.generatedPassword}</code>. They must change it at their
          next sign-in.
        </p>
      )}
      {roleChange && (
        <ConfirmRoleChange
          user={roleChange.user}
          role={roleChange.role}
          pending={update.isPending}
          onConfirm={handleConfirmRole}
          onCancel={() => setRoleChange(null)}
        />
      )}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Email</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => {
            const self = user.id === currentUserId;
            return (
              <tr key={user.id} className={user.disabled ? 'row--muted' : undefined}>
                <td>{user.displayName}</td>
                <td>{user.email}</td>
                <td>
                  <select
                    aria-label={`Role of ${user.email}`}
                    value={user.role}
                    disabled={self || update.isPending}
                    onChange={(e) => setRoleChange({ user, role: e.target.value as Role })}
                  >
                    {ROLES.map((r) => (
                      <option key={r} value={r}>
                        {ROLE_LABELS[r]}
                      </option>
                    ))}
                  </select>
                </td>
                <td>{user.disabled ? 'Disabled' : 'Active'}</td>
                <td>
                  {!self && (
                    <span className="actions">
                      <button
                        type="button"
                        className="button"
                        disabled={update.isPending}
                        onClick={() => update.mutate({ id: user.id, changes: { disabled: !user.disabled } })}
                      >
                        {user.disabled ? `Enable ${user.email}` : `Disable ${user.email}`}
                      </button>
                      <button
                        type="button"
                        className="button"
                        aria-label={`Reset the password of ${user.email}`}
                        disabled={reset.isPending}
                        onClick={() => handleReset(user)}
                      >
                        Reset password
                      </button>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </>
  );
}
