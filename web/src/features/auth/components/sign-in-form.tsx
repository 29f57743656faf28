import type { SessionUser } from '@ou-listening/shared';
import { type FormEvent, useLayoutEffect, useRef, useState } from 'react';
import { useSignIn } from '../api/sign-in';
import { PRERENDERED_ATTRIBUTE, readPrerenderedSignIn } from '../prerendered-sign-in';
import { FormField, refusalMessage } from './form-field';
import { Button } from '../../../components/ui/button';

type Props = {
  onSignedIn: () => void;
  /** When the form is sent, and when the server has accepted it (the page after can start loading) */
  onSubmitted?: () => void;
  onAccepted?: (user: SessionUser) => void;
  /** Rendered into the HTML at build time, to be replaced by this form once the app runs */
  prerendered?: boolean;
};

/**
 * `method="post"` to the page's own address: before the app runs (or without scripts) the browser
 * posts the form and the server signs in as the JSON login does; once it runs, it sends JSON instead.
 */
export function SignInForm({ onSignedIn, onSubmitted, onAccepted, prerendered = false }: Props) {
  const signIn = useSignIn(onAccepted);
  // Whatever was typed into the form the server sent, read once as this one replaces it.
  const [sent] = useState(readPrerenderedSignIn);
  const [email, setEmail] = useState(sent?.email ?? '');
  const [password, setPassword] = useState(sent?.password ?? '');
  const emailRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  // Before the browser handles the next key: the keyboard stays in the field it was in.
  useLayoutEffect(() => {
    if (!sent?.focus) return;
    const input = (sent.focus.field === 'email' ? emailRef : passwordRef).current;
    input?.focus();
    if (input && sent.focus.start !== null) input.setSelectionRange(sent.focus.start, sent.focus.end);
  }, [sent]);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    onSubmitted?.();
    signIn.mutate({ email: email.trim(), password }, { onSuccess: onSignedIn });
  };

  const message =
    refusalMessage(signIn.error, (status) => status === 401 || status === 429 || status === 400) ??
    (signIn.isIdle ? sent?.alert : undefined);

  return (
    <form
      className="sign-in"
      method="post"
      onSubmit={handleSubmit}
      aria-labelledby="sign-in-title"
      {...(prerendered ? { [PRERENDERED_ATTRIBUTE]: '' } : {})}
    >
      <h1 id="sign-in-title">Sign in</h1>
      <p className="muted">OU Social Listening is for Communications Unit, discipline and management staff.</p>
      {message && (
        <p className="alert alert--error" role="alert">
          {message}
        </p>
      )}
      <FormField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        required
        value={email}
        onValueChange={setEmail}
        inputRef={emailRef}
      />
      <FormField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onValueChange={setPassword}
        inputRef={passwordRef}
      />
      <Button type="submit" variant="primary" disabled={signIn.isPending}>
        {signIn.isPending ? 'Signing in…' : 'Sign in'}
      </Button>
    </form>
  );
}
