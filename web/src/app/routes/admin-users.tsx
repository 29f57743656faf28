import { Page } from '../../components/ui/page';
import { useMe } from '../../features/auth/api/get-me';
import { useUsers } from '../../features/users/api/get-users';
import { CreateUserForm } from '../../features/users/components/create-user-form';
import { UsersTable } from '../../features/users/components/users-table';
import { ErrorAlert } from '../../components/ui/error-alert';

export function AdminUsersRoute() {
  const users = useUsers();
  const me = useMe();
  return (
    <Page title="Users">
      <CreateUserForm />
      {users.isPending && <p className="loading">Loading users…</p>}
      {users.isError && <ErrorAlert>Could not load users: {users.error.message}</ErrorAlert>}
      {users.data && me.data && <UsersTable users={users.data} currentUserId={me.data.id} />}
    </Page>
  );
}
