import { CATEGORY_INFO, type EscalationDetail } from '@ou-listening/shared';
import { ExternalLink } from '../../../components/ui/external-link';
import { formatUkTime } from '../../../lib/uk-time';

type Props = { escalation: EscalationDetail };

/** Who posted it, where and when, what it was flagged as, who captured it, and where the post is now. */
export function EvidenceFacts({ escalation }: Props) {
  const { evidence } = escalation;
  return (
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
  );
}
