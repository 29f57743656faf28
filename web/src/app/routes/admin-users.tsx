import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-me';
import { useUsers } from '../../features/users/api/get-users';
import { CreateUserForm } from '../../features/users/components/create-user-form';
import { UsersTable } from '../../features/users/components/users-table';

export function AdminUsersRoute() {
  const users = useUsers();
  const me = useMe();
  return (
    <Page title="Users">
      <CreateUserForm />
      {users.isPending && <p className="loading">Loading users…</p>}
      {users.isError && (
        <p className="alert alert--error" role="alert">
          Could not load users: {users.error.message}
        </p>
      )}
      {users.data && me.data && <UsersTable users={users.data} currentUserId={me.data.id} />}
    </Page>
  );
}
