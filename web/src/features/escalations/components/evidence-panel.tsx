import { CATEGORY_INFO, type EscalationDetail } from '@ou-listening/shared';
import { EvidenceText } from '../../../components/ui/evidence-text';
import { formatUkTime } from '../../../lib/uk-time';
import { ExternalLink } from '../../../components/ui/external-link';

type Props = { escalation: EscalationDetail };

/** The post as captured at escalation, and whether it still matches its SHA-256. */
export function EvidencePanel({ escalation }: Props) {
  const { evidence } = escalation;
  const spans = evidence.classifications.flatMap((c) => c.evidence);
  return (
    <section className="card evidence" aria-labelledby="evidence-title">
      <h2 id="evidence-title">Evidence</h2>
      {escalation.evidenceVerified ? (
        <p className="verified" role="status">
          <span aria-hidden="true">✔</span> Evidence verified: it matches the SHA-256 taken when it was captured.
        </p>
      ) : (
        <p className="alert alert--error tampered" role="alert">
          <strong>Warning: the evidence does not match its hash.</strong> It was changed after it was captured and must
          not be relied on. Report this to the system administrator.
        </p>
      )}
      <blockquote className="evidence__post">
        <p className="evidence-text">
          <EvidenceText text={evidence.text} evidence={spans} />
        </p>
      </blockquote>
      {evidence.screenshots && evidence.screenshots.length > 0 && (
        <section aria-labelledby="evidence-screenshots-title">
          <h3 id="evidence-screenshots-title">Screenshots ({evidence.screenshots.length})</h3>
          <p className="muted">
            Sent with the report and captured with it: each image's SHA-256 is part of the evidence above
            {escalation.evidenceVerified ? ', and the stored image still matches it.' : '.'}
          </p>
          <ul className="evidence-shots">
            {evidence.screenshots.map((s) => (
              <li key={s.id}>
                <figure>
                  <a href={`/api/reports/screenshots/${s.id}`} target="_blank" rel="noreferrer">
                    <img
                      src={`/api/reports/screenshots/${s.id}`}
                      alt={`Screenshot ${s.position} sent with the report`}
                    />
                  </a>
                  <figcaption>
                    Screenshot {s.position} · {s.width} × {s.height} · SHA-256 <code className="hash">{s.sha256}</code>
                  </figcaption>
                </figure>
              </li>
            ))}
          </ul>
        </section>
      )}
      <dl className="facts">
        <dt>Author</dt>
        <dd>
          {evidence.authorName ?? '—'} {evidence.authorHandle && <>(@{evidence.authorHandle})</>}
          {evidence.authorId && <span className="muted"> · id {evidence.authorId}</span>}
        </dd>
        <dt>Platform</dt>
        <dd>{evidence.platform}</dd>
        <dt>Posted</dt>
        <dd>{formatUkTime(evidence.postedAt)}</dd>
        <dt>Original</dt>
        <dd>
          <ExternalLink
            href={evidence.url}
            fallback={evidence.url ? <span className="muted">not a web address</span> : '—'}
          >
            {evidence.url}
          </ExternalLink>
        </dd>
        <dt>Categories</dt>
        <dd>
          {evidence.classifications.length === 0
            ? 'None'
            : evidence.classifications.map((c) => (
                <span key={c.category} className={`chip chip--${c.category}`}>
                  {CATEGORY_INFO[c.category].label} {Math.round(c.score * 100)}% · {CATEGORY_INFO[c.category].policyRef}
                </span>
              ))}
        </dd>
        {evidence.report && (
          <>
            <dt>Public report</dt>
            <dd>
              {evidence.report.reference} · reported by {evidence.report.reporterType} · happened{' '}
              {evidence.report.happenedAt}
              {evidence.report.involved && <> · involved: {evidence.report.involved}</>}
            </dd>
          </>
        )}
        <dt>Captured</dt>
        <dd>
          {formatUkTime(evidence.capturedAt)} by {evidence.capturedBy.email}
        </dd>
        <dt>SHA-256</dt>
        <dd>
          <code className="hash">{escalation.evidenceSha256}</code>
        </dd>
        <dt>Post now</dt>
        <dd>
          {escalation.mention
            ? escalation.mention.hidden
              ? 'Hidden by the Communications Unit'
              : `In the queue (${escalation.mention.status})`
            : 'Removed from the system; this evidence is kept under legal hold'}
        </dd>
      </dl>
    </section>
  );
}
