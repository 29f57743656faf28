import { type FormEvent, useId, useState } from 'react';
import { useLinkReport } from '../api/link-report';
import { Button } from '../../../components/ui/button';

/** Ties a public report to the mention it is about, by that mention's id. */
export function LinkReportForm({ mentionId }: { mentionId: string }) {
  const link = useLinkReport();
  const [target, setTarget] = useState('');
  const id = useId();

  const handleLink = (event: FormEvent) => {
    event.preventDefault();
    if (target.trim()) link.mutate({ reportMentionId: mentionId, mentionId: target.trim() });
  };

  return (
    <form className="inline-form" onSubmit={handleLink}>
      <label htmlFor={`${id}-link`}>Link to an existing mention (id)</label>{' '}
      <input
        id={`${id}-link`}
        inputMode="numeric"
        value={target}
        onChange={(e) => setTarget(e.target.value)}
        size={10}
      />{' '}
      <Button type="submit" disabled={link.isPending}>
        Link
      </Button>
      {link.isError && (
        <span role="alert" className="alert alert--error">
          {link.error.message}
        </span>
      )}
    </form>
  );
}
