import { ROLE_LABELS, type Role } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { useCreateUser } from '../api/create-user';
import { SelectField } from '../../../components/ui/select-field';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Button } from '../../../components/ui/button';
import { USER_LIMITS, userErrorMessage } from '../user-errors';

export function CreateUserForm() {
  const create = useCreateUser();
  const [email, setEmail] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [role, setRole] = useState<Role>('comms');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate(
      { email: email.trim(), displayName: displayName.trim(), role },
      {
        onSuccess: () => {
          setEmail('');
          setDisplayName('');
        },
      },
    );
  };

  return (
    <form className="card form-row" onSubmit={handleSubmit} aria-labelledby="create-user-title">
      <h2 id="create-user-title">Add a user</h2>
      <label>
        Email
        <input
          type="email"
          required
          maxLength={USER_LIMITS.emailMax}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
        />
      </label>
      <label>
        Name
        <input
          required
          maxLength={USER_LIMITS.displayNameMax}
          value={displayName}
          onChange={(e) => setDisplayName(e.target.value)}
        />
      </label>
      <SelectField label="Role" value={role} options={ROLE_LABELS} onChange={setRole} />
      <Button type="submit" variant="primary" disabled={create.isPending}>
        Add user
      </Button>
      {create.isError && <ErrorAlert>{userErrorMessage(create.error.message)}</ErrorAlert>}
      {create.data?.generatedPassword && (
        <p className="alert alert--info" role="status">
          Created {create.data.user.email}. Their password, shown only now:{' '}
          <code aria-label="Generated password">{create.data.generatedPassword}</code>
        </p>
      )}
    </form>
  );
}
