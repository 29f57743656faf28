import { type FormEvent, type ReactNode, useState } from 'react';
import { useEraseAuthor, useEraseMention } from '../api/erase-author';
import { useExportAuthor } from '../api/export-author';
import { AuthorFields, authorFrom, download, Report } from './request-parts';
import { Card } from '../../../components/ui/card';
import { Button } from '../../../components/ui/button';

/** Subject access and erasure requests: both audited, both by platform and author id (or handle). */
export function AuthorRequests() {
  const erase = useEraseAuthor();
  const exportAuthor = useExportAuthor();
  const eraseMention = useEraseMention();
  const [mentionId, setMentionId] = useState('');

  const handleExport = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    exportAuthor.mutate(authorFrom(event.currentTarget), {
      onSuccess: (data) => download(`subject-access-${data.platform}-${data.exportedAt.slice(0, 10)}.json`, data),
    });
  };
  const handleErase = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const author = authorFrom(event.currentTarget);
    if (
      window.confirm(
        `Erase everything held about this ${author.platform} author, and drop their future posts? ` +
          'Any case raised from their posts goes too, open ones included, unless it is on legal hold.',
      )
    )
      erase.mutate(author);
  };
  const handleEraseMention = (event: FormEvent) => {
    event.preventDefault();
    const warning =
      `Erase mention ${mentionId}? A case raised from it goes too, even an open one, ` +
      'unless it is on legal hold: a discipline officer working it will lose it.';
    if (window.confirm(warning)) eraseMention.mutate(mentionId.trim());
  };

  return (
    <Card id="requests-heading" title="Requests from people">
      <RequestForm label="Subject access export" submit="Export as JSON" onSubmit={handleExport} request={exportAuthor}>
        <AuthorFields prefix="Export" />
      </RequestForm>
      <RequestForm label="Erase an author" submit="Erase author" danger onSubmit={handleErase} request={erase}>
        <AuthorFields prefix="Erase" />
      </RequestForm>
      {erase.data && <Report report={erase.data} />}
      <RequestForm
        label="Erase one mention"
        submit="Erase mention"
        danger
        onSubmit={handleEraseMention}
        request={eraseMention}
      >
        <label>
          Mention id
          <input value={mentionId} onChange={(e) => setMentionId(e.target.value)} inputMode="numeric" required />
        </label>
      </RequestForm>
      {eraseMention.data && <Report report={eraseMention.data} />}
    </Card>
  );
}

type RequestFormProps = {
  /** the form's accessible name */
  label: string;
  submit: string;
  danger?: boolean;
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  /** the mutation the form sends: pending disables it, a failure is read out under it */
  request: { isPending: boolean; error: Error | null };
  children: ReactNode;
};

/** One request's form: its fields, its submit button, and why it failed. */
function RequestForm({ label, submit, danger = false, onSubmit, request, children }: RequestFormProps) {
  return (
    <>
      <form className="form-row" onSubmit={onSubmit} aria-label={label}>
        {children}
        <Button type="submit" variant={danger ? 'danger' : 'default'} disabled={request.isPending}>
          {submit}
        </Button>
      </form>
      {request.error && <p role="alert">{request.error.message}</p>}
    </>
  );
}
