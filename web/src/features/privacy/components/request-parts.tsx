import { type AuthorRef, type ErasureReport, PLATFORM_CODES, PLATFORM_LABELS } from '@ou-listening/shared';
import { Options } from '../../../components/ui/options';

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

/** "1 post", "2 posts" */
const count = (n: number, one: string, many: string) => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

export function Report({ report }: { report: ErasureReport }) {
  const held = report.heldEscalationIds;
  return (
    <p role="status">
      Erased {count(report.mentions, 'post', 'posts')}, {count(report.escalations, 'case', 'cases')},{' '}
      {count(report.quarantined, 'quarantined item', 'quarantined items')} and{' '}
      {count(report.accountRecords, 'watchlist entry or account report', 'watchlist entries and account reports')}, and
      blanked {count(report.auditTexts, 'staff reason or comment', 'staff reasons and comments')} about them in the
      audit log.
      {/* The erasure waits for each hold: releasing it carries the erasure out at once (the case page says so). */}
      {held.length === 1 &&
        ` Kept under a legal hold: case ${held[0]}. Its erasure is recorded and will be carried out when the hold is released.`}
      {held.length > 1 &&
        ` Kept under legal holds: cases ${held.join(', ')}. Their erasure is recorded, and each will be carried out when its hold is released.`}
    </p>
  );
}

/** Which author a request is about: a platform, and their id or handle there, labelled with what the form does. */
export function AuthorFields({ verb }: { verb: 'Export' | 'Erase' }) {
  return (
    <>
      <label>
        {verb} platform
        <select name="platform" defaultValue="x" required>
          <Options values={PLATFORM_CODES} labels={PLATFORM_LABELS} />
        </select>
      </label>
      <label>
        {verb} author id
        <input name="authorId" />
      </label>
      <label>
        or {verb.toLowerCase()} handle
        <input name="handle" />
      </label>
    </>
  );
}
