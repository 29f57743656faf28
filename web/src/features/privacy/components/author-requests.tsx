import { type FormEvent, useState } from 'react';
import { useEraseAuthor, useEraseMention } from '../api/erase-author';
import { useExportAuthor } from '../api/export-author';
import { AuthorFields, authorFrom, download, Report } from './request-parts';
import { Card } from '../../../components/ui/card';

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
    if (window.confirm(`Erase everything held about this ${author.platform} author, and drop their future posts?`))
      erase.mutate(author);
  };
  const handleEraseMention = (event: FormEvent) => {
    event.preventDefault();
    if (window.confirm(`Erase mention ${mentionId}?`)) eraseMention.mutate(mentionId.trim());
  };

  return (
    <Card id="requests-heading" title="Requests from people">
      <form className="form-row" onSubmit={handleExport} aria-label="Subject access export">
        <AuthorFields prefix="Export" />
        <button type="submit" disabled={exportAuthor.isPending}>
          Export as JSON
        </button>
      </form>
      {exportAuthor.error && <p role="alert">{exportAuthor.error.message}</p>}
      <form className="form-row" onSubmit={handleErase} aria-label="Erase an author">
        <AuthorFields prefix="Erase" />
        <button type="submit" className="danger" disabled={erase.isPending}>
          Erase author
        </button>
      </form>
      {erase.error && <p role="alert">{erase.error.message}</p>}
      {erase.data && <Report report={erase.data} />}
      <form className="form-row" onSubmit={handleEraseMention} aria-label="Erase one mention">
        <label>
          Mention id
          <input value={mentionId} onChange={(e) => setMentionId(e.target.value)} inputMode="numeric" required />
        </label>
        <button type="submit" className="danger" disabled={eraseMention.isPending}>
          Erase mention
        </button>
      </form>
      {eraseMention.error && <p role="alert">{eraseMention.error.message}</p>}
      {eraseMention.data && <Report report={eraseMention.data} />}
    </Card>
  );
}
