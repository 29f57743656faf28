import { REPORTED_PLATFORM_LABELS, type ReportView } from '@ou-listening/shared';
import { type FormEvent, useId, useState } from 'react';
import { formatUkTime } from '../../../lib/uk-time';
import { useReport } from '../api/get-report';
import { useLinkReport } from '../api/link-report';
import './report-form.css';

type Props = { mentionId: string };

const REPORTER_LABELS: Record<ReportView['reporterType'], string> = {
  student: 'a student',
  staff: 'staff',
  other: 'someone else',
};

/** What a public report adds to its mention in the queue: where, when, who reported it, the screenshots. */
export function ReportPanel({ mentionId }: Props) {
  const report = useReport(mentionId);
  const link = useLinkReport();
  const [target, setTarget] = useState('');
  const id = useId();

  if (report.isPending) return <p role="status">Loading the report…</p>;
  if (report.isError)
    return (
      <p className="alert alert--error" role="alert">
        Could not load the report: {report.error.message}
      </p>
    );
  const r = report.data;

  const handleLink = (event: FormEvent) => {
    event.preventDefault();
    if (target.trim()) link.mutate({ reportMentionId: mentionId, mentionId: target.trim() });
  };

  return (
    <section className="report-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <span className="badge badge--report">Public report</span> {r.reference}
      </h3>
      <dl className="facts">
        <dt>Where</dt>
        <dd>{REPORTED_PLATFORM_LABELS[r.platform]}</dd>
        <dt>When</dt>
        <dd>{r.happenedAt}</dd>
        <dt>Who is involved</dt>
        <dd>{r.involved ?? '—'}</dd>
        <dt>Reported by</dt>
        <dd>
          {REPORTER_LABELS[r.reporterType]}
          {r.reporterEmail ? (
            <>
              {' '}
              · <a href={`mailto:${r.reporterEmail}`}>{r.reporterEmail}</a> (agreed to be contacted)
            </>
          ) : r.contactDeletedAt ? (
            <> · contact details deleted {formatUkTime(r.contactDeletedAt)}</>
          ) : (
            <> · anonymous</>
          )}
        </dd>
        <dt>Received</dt>
        <dd>{formatUkTime(r.receivedAt)}</dd>
        {r.linkedMentionId && (
          <>
            <dt>About mention</dt>
            <dd>#{r.linkedMentionId}</dd>
          </>
        )}
      </dl>
      <h4>Screenshots ({r.screenshots.length})</h4>
      {r.screenshots.length === 0 ? (
        <p className="muted">None attached.</p>
      ) : (
        <ul className="report-shots">
          {r.screenshots.map((s) => (
            <li key={s.id}>
              <figure>
                <a href={`/api/reports/screenshots/${s.id}`} target="_blank" rel="noreferrer">
                  <img
                    src={`/api/reports/screenshots/${s.id}`}
                    alt={`Screenshot ${s.position} of report ${r.reference}${s.ocrText ? `: ${s.ocrText.slice(0, 120)}` : ''}`}
                    loading="lazy"
                  />
                </a>
                <figcaption>
                  {s.width} × {s.height} · SHA-256 {s.sha256.slice(0, 12)}…
                </figcaption>
              </figure>
            </li>
          ))}
        </ul>
      )}
      {r.ocrStatus === 'pending' && <p className="muted">Reading the text in the screenshots…</p>}
      <form className="inline-form" onSubmit={handleLink}>
        <label htmlFor={`${id}-link`}>Link to an existing mention (id)</label>{' '}
        <input
          id={`${id}-link`}
          inputMode="numeric"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          size={10}
        />{' '}
        <button type="submit" className="button" disabled={link.isPending}>
          Link
        </button>
        {link.isError && (
          <span role="alert" className="alert alert--error">
            {link.error.message}
          </span>
        )}
      </form>
    </section>
  );
}
