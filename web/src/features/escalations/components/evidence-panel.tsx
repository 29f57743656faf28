import type { EscalationDetail } from '@ou-listening/shared';
import { EvidenceText } from '../../../components/ui/evidence-text';
import { EvidenceFacts } from './evidence-facts';
import { EvidenceShots } from './evidence-shots';

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
      <EvidenceShots escalation={escalation} />
      <EvidenceFacts escalation={escalation} />
    </section>
  );
}
