import type { AuthorRef, ErasureReport } from '@ou-listening/shared';

export function authorFrom(form: HTMLFormElement): AuthorRef {
  const data = new FormData(form);
  const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
  return { platform: value('platform') ?? 'x', authorId: value('authorId'), handle: value('handle') };
}

export function download(name: string, json: unknown) {
  const url = URL.createObjectURL(new Blob([JSON.stringify(json, null, 2)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

export function Report({ report }: { report: ErasureReport }) {
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

/** Which author a request is about: a platform, and their id or handle there. */
export function AuthorFields({ prefix }: { prefix: string }) {
  return (
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
}
