import { type FormEvent, type ReactNode, useId } from 'react';
import { Button } from '../../../components/ui/button';

type Props = {
  /** the form's heading, which names it */
  title: string;
  /** one line under the heading: what the request does */
  description: string;
  submit: string;
  danger?: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** the mutation the form sends: pending disables it, a failure is read out under it */
  request: { isPending: boolean; error: Error | null };
  children: ReactNode;
};

/** One request's form under its own heading (the export and the erasure ask for the same fields). */
export function RequestForm({ title, description, submit, danger = false, onSubmit, request, children }: Props) {
  const headingId = useId();
  return (
    <form className="request-form" onSubmit={onSubmit} aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="muted">{description}</p>
      <div className="form-row">
        {children}
        <Button type="submit" variant={danger ? 'danger' : 'default'} disabled={request.isPending}>
          {submit}
        </Button>
      </div>
      {request.error && <p role="alert">{request.error.message}</p>}
    </form>
  );
}
