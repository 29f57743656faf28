import { type FormEvent, useState } from 'react';
import { useEraseAuthor, useEraseMention } from '../api/erase-author';
import { useExportAuthor } from '../api/export-author';
import { AuthorFields, authorFrom, download, Report } from './request-parts';
import { RequestForm } from './request-form';
import { Card } from '../../../components/ui/card';
import '../privacy.css';

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
      <RequestForm
        title="Subject access export"
        description="Downloads everything held about one author, as JSON. Nothing is deleted."
        submit="Export as JSON"
        onSubmit={handleExport}
        request={exportAuthor}
      >
        <AuthorFields verb="Export" />
      </RequestForm>
      <RequestForm
        title="Erase an author"
        description="Deletes everything held about one author, and drops their future posts."
        submit="Erase author"
        danger
        onSubmit={handleErase}
        request={erase}
      >
        <AuthorFields verb="Erase" />
      </RequestForm>
      {erase.data && <Report report={erase.data} />}
      <RequestForm
        title="Erase one mention"
        description="Deletes one post and any case raised from it; refused while a case on legal hold needs the post."
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
