import type { AuthorRef, ErasureReport } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { useEraseAuthor, useEraseMention } from '../api/erase-author';
import { useExportAuthor } from '../api/export-author';

function authorFrom(form: HTMLFormElement): AuthorRef {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
  return { platform: value('platform') ?? 'x', authorId: value('authorId'), handle: value('handle') };
}

function download(name: string, json: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

function Report({ report }: { report: ErasureReport }) {
  return (
    <p role="status">
      Erased {report.mentions} posts, {report.escalations} cases, {report.quarantined} quarantined items and{' '}
      {report.accountRecords} watchlist entries and account reports, and blanked {report.auditTexts} staff reasons and
      comments about them in the audit log.
      {report.heldEscalationIds.length > 0 &&
        ` Kept under a legal hold: case ${report.heldEscalationIds.join(', ')} — release the hold and erase again.`}
    </p>
  );
}

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

  const fields = (prefix: string) => (
    <>
      <label>
        Platform
        <input name="platform" defaultValue="x" required aria-label={`${prefix} platform`} />
      </label>
      <label>
        Author id
        <input name="authorId" aria-label={`${prefix} author id`} />
      </label>
      <label>
        or handle
        <input name="handle" aria-label={`${prefix} handle`} />
      </label>
    </>
  );

  return (
    <section className="card" aria-labelledby="requests-heading">
      <h2 id="requests-heading">Requests from people</h2>
      <form className="form-row" onSubmit={handleExport} aria-label="Subject access export">
        {fields('Export')}
        <button type="submit" disabled={exportAuthor.isPending}>
          Export as JSON
        </button>
      </form>
      {exportAuthor.error && <p role="alert">{exportAuthor.error.message}</p>}
      <form className="form-row" onSubmit={handleErase} aria-label="Erase an author">
        {fields('Erase')}
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
    </section>
  );
}
