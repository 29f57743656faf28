import type { SessionUser } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { ApiRequestError } from '../../../lib/api-client';
import { useSignIn } from '../api/sign-in';

type Props = {
  onSignedIn: () => void;
  /** When the form is sent, and when the server has accepted it (the page after can start loading) */
  onSubmitted?: () => void;
  onAccepted?: (user: SessionUser) => void;
};

export function SignInForm({ onSignedIn, onSubmitted, onAccepted }: Props) {
  const signIn = useSignIn(onAccepted);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmitted?.();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  const error = signIn.error;
  const message =
    error instanceof ApiRequestError && (error.status === 401 || error.status === 429 || error.status === 400)
      ? error.message
      : error
        ? 'The server could not be reached. Try again in a moment.'
        : undefined;

  return (
    <form className="sign-in" onSubmit={handleSubmit} aria-labelledby="sign-in-title">
      <h1 id="sign-in-title">Sign in</h1>
      <p className="muted">OU Social Listening is for Communications Unit, discipline and management staff.</p>
      {message && (
        <p className="alert alert--error" role="alert">
          {message}
        </p>
      )}
      <label>
        Email
        <input type="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      </label>
      <label>
        Password
        <input
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
      </label>
      <button type="submit" className="button button--primary" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
