import { type FormEvent, useId, useState } from 'react';
import { ApiRequestError } from '../../../lib/api-client';
import { useChangePassword } from '../api/change-password';

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

  const error = change.error;
  const message = mismatch
    ? 'The two new passwords are not the same. Type the new password twice.'
    : error instanceof ApiRequestError && error.status < 500
      ? error.message
      : error
        ? 'The server could not be reached. Try again in a moment.'
        : undefined;

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
      <label>
        {forced ? 'Current (temporary) password' : 'Current password'}
        <input
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrentPassword(e.target.value)}
        />
      </label>
      <label>
        New password
        <input
          type="password"
          autoComplete="new-password"
          required
          minLength={12}
          aria-describedby={rulesId}
          value={newPassword}
          onChange={(e) => setNewPassword(e.target.value)}
        />
      </label>
      <p id={rulesId} className="muted">
        At least 12 characters and hard to guess: four or more unrelated words work well. It must not contain your email
        address or &ldquo;Open University&rdquo;.
      </p>
      <label>
        Repeat the new password
        <input
          type="password"
          autoComplete="new-password"
          required
          value={repeated}
          onChange={(e) => setRepeated(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={change.isPending}>
        {change.isPending ? 'Changing…' : 'Change password'}
      </button>
      <p className="muted">Your other sessions will be signed out.</p>
    </form>
  );
}
