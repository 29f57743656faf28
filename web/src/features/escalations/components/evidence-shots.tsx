import type { EscalationDetail } from '@ou-listening/shared';

type Props = { escalation: EscalationDetail };

/** The screenshots a public report sent, each hashed into the evidence. */
export function EvidenceShots({ escalation }: Props) {
  const { evidence } = escalation;
  if (!evidence.screenshots || evidence.screenshots.length === 0) return null;
  return (
    <section aria-labelledby="evidence-screenshots-title">
      <h3 id="evidence-screenshots-title">Screenshots ({evidence.screenshots.length})</h3>
      <p className="muted">
        Sent with the report and captured with it: each image's SHA-256 is part of the evidence above
        {escalation.evidenceVerified ? ', and the stored image still matches it.' : '.'}
      </p>
      <ul className="shots evidence-shots">
        {evidence.screenshots.map((s) => (
          <li key={s.id}>
            <figure>
              <a href={`/api/reports/screenshots/${s.id}`} target="_blank" rel="noreferrer">
                <img src={`/api/reports/screenshots/${s.id}`} alt={`Screenshot ${s.position} sent with the report`} />
              </a>
              <figcaption>
                Screenshot {s.position} · {s.width} × {s.height} · SHA-256 <code className="hash">{s.sha256}</code>
              </figcaption>
            </figure>
          </li>
        ))}
      </ul>
    </section>
  );
}
