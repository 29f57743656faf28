import { type FormEvent, useId, useState } from 'react';
import { useChangePassword } from '../api/change-password';
import { FormField, refusalMessage } from './form-field';
import { Button } from '../../../components/ui/button';

type Props = { forced: boolean; onChanged: () => void };

export function ChangePasswordForm({ forced, onChanged }: Props) {
  const change = useChangePassword();
  const [currentPassword, setCurrentPassword] = useState('');
  const [newPassword, setNewPassword] = useState('');
  const [repeated, setRepeated] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const rulesId = useId();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (newPassword !== repeated) {
      setMismatch(true);
      return;
    }
    setMismatch(false);
    change.mutate({ currentPassword, newPassword }, { onSuccess: onChanged });
  };

  const message = mismatch
    ? 'The two new passwords are not the same. Type the new password twice.'
    : refusalMessage(change.error, (status) => status < 500);

  return (
    <form className="sign-in" onSubmit={handleSubmit} aria-labelledby="change-password-title">
      <h1 id="change-password-title">Change your password</h1>
      {forced && (
        <p className="alert alert--info">
          Your password was set by an administrator or printed at the first start. Choose your own to continue.
        </p>
      )}
      {message && (
        <p className="alert alert--error" role="alert">
          {message}
        </p>
      )}
      <FormField
        label={forced ? 'Current (temporary) password' : 'Current password'}
        type="password"
        autoComplete="current-password"
        required
        value={currentPassword}
        onValueChange={setCurrentPassword}
      />
      <FormField
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        minLength={12}
        aria-describedby={rulesId}
        value={newPassword}
        onValueChange={setNewPassword}
      />
      <p id={rulesId} className="muted">
        At least 12 characters and hard to guess: four or more unrelated words work well. It must not contain your email
        address or &ldquo;Open University&rdquo;.
      </p>
      <FormField
        label="Repeat the new password"
        type="password"
        autoComplete="new-password"
        required
        value={repeated}
        onValueChange={setRepeated}
      />
      <Button type="submit" variant="primary" disabled={change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </Button>
      <p className="muted">Your other sessions will be signed out.</p>
    </form>
  );
}
