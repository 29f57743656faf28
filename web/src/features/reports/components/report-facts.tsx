import { REPORTED_PLATFORM_LABELS, type ReportView } from '@ou-listening/shared';
import { formatUkDate, formatUkTime } from '../../../lib/uk-time';

const REPORTER_LABELS: Record<ReportView['reporterType'], string> = {
  student: 'a student',
  staff: 'staff',
  other: 'someone else',
};

type Props = { report: ReportView };

function Contact({ report: r }: Props) {
  if (r.reporterEmail)
    return (
      <>
        {' '}
        · <a href={`mailto:${r.reporterEmail}`}>{r.reporterEmail}</a> (agreed to be contacted)
      </>
    );
  if (r.contactDeletedAt) return <> · contact details deleted {formatUkTime(r.contactDeletedAt)}</>;
  return <> · anonymous</>;
}

/** Where, when, who is involved and who reported it. */
export function ReportFacts({ report: r }: Props) {
  return (
    <dl className="facts">
      <dt>Where</dt>
      <dd>{REPORTED_PLATFORM_LABELS[r.platform]}</dd>
      <dt>When</dt>
      <dd>{formatUkDate(r.happenedAt)}</dd>
      <dt>Who is involved</dt>
      <dd>{r.involved ?? '—'}</dd>
      <dt>Reported by</dt>
      <dd>
        {REPORTER_LABELS[r.reporterType]}
        <Contact report={r} />
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
  );
}

/** The screenshots sent with the report, each opening full size. */
export function ReportShots({ report: r }: Props) {
  if (r.screenshots.length === 0) return <p className="muted">None attached.</p>;
  return (
    <ul className="shots report-shots">
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
  );
}
