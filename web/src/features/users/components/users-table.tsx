import type { UserSummary } from '@ou-listening/shared';
import { useState } from 'react';
import { DataTable } from '../../../components/ui/data-table';
import { useResetPassword } from '../api/reset-password';
import { useUpdateUser } from '../api/update-user';
import { ConfirmRoleChange, type RoleChange } from './confirm-role-change';
import { userColumns } from './user-columns';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { userErrorMessage } from '../user-errors';

type Props = { users: UserSummary[]; currentUserId: string };

export function UsersTable({ users, currentUserId }: Props) {
  const update = useUpdateUser();
  const reset = useResetPassword();
  const [roleChange, setRoleChange] = useState<RoleChange | null>(null);

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

  const columns = userColumns({
    currentUserId,
    updating: update.isPending,
    resetting: reset.isPending,
    onRole: (user, role) => setRoleChange({ user, role }),
    onToggleDisabled: (user) => update.mutate({ id: user.id, changes: { disabled: !user.disabled } }),
    onReset: handleReset,
  });

  return (
    <>
      {update.isError && <ErrorAlert>{userErrorMessage(update.error.message)}</ErrorAlert>}
      {reset.isError && <ErrorAlert>{reset.error.message}</ErrorAlert>}
      {reset.data && (
        <p className="alert alert--info" role="status">
          Reset the password of {reset.data.user.email}; their sessions have ended. Give them this password, shown only
          now: <code aria-label="Generated password">{reset.data.generatedPassword}</code>. They must change it at their
          next sign-in.
        </p>
      )}
      {roleChange && (
        <ConfirmRoleChange
          change={roleChange}
          pending={update.isPending}
          onConfirm={handleConfirmRole}
          onCancel={() => setRoleChange(null)}
        />
      )}
      <DataTable
        columns={columns}
        rows={users}
        rowClassName={(user) => (user.disabled ? 'row--muted' : undefined)}
        scroll={{ label: 'Users' }}
      />
    </>
  );
}
