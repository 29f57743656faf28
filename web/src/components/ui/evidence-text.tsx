import type { EvidenceSpan } from '@ou-listening/shared';

const REASON_LABELS: Record<string, string> = {
  uk_phone: 'UK phone number',
  email: 'email address',
  uk_postcode: 'UK postcode',
  uk_nino: 'National Insurance number',
  nhs_number: 'NHS number',
  date_of_birth: 'date of birth',
  ou_pi: 'OU personal identifier',
  payment_card: 'payment card number',
  street_address: 'street address',
  described_address: 'address described in words',
  model: 'the trained model',
};

/** A recognizer or lexicon name said in words ("safeguarding_term": "safeguarding term"), for screen readers and tooltips. */
export const reasonLabel = (reason: string) => REASON_LABELS[reason] ?? reason.replace(/_/g, ' ');

export type TextSegment = { text: string; reasons: string[] };

/**
 * Cuts `text` into plain and highlighted runs. Spans index the original text (UTF-16 offsets);
 * overlapping spans merge into one highlight carrying every reason, and spans that fall outside
 * the text are clipped or dropped rather than trusted.
 */
export function splitByEvidence(text: string, spans: readonly EvidenceSpan[]): TextSegment[] {
  const valid = spans
    .map((s) => ({ start: Math.max(0, s.start), end: Math.min(text.length, s.end), reason: s.reason }))
    .filter((s) => Number.isInteger(s.start) && Number.isInteger(s.end) && s.end > s.start)
    .sort((a, b) => a.start - b.start || b.end - a.end);

  const merged: { start: number; end: number; reasons: string[] }[] = [];
  for (const span of valid) {
    const last = merged.at(-1);
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (!last.reasons.includes(span.reason)) last.reasons.push(span.reason);
    } else merged.push({ start: span.start, end: span.end, reasons: [span.reason] });
  }

  const segments: TextSegment[] = [];
  let at = 0;
  for (const span of merged) {
    if (span.start > at) segments.push({ text: text.slice(at, span.start), reasons: [] });
    segments.push({ text: text.slice(span.start, span.end), reasons: span.reasons });
    at = span.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), reasons: [] });
  return segments;
}

/** A window of about `max` characters around the first piece of evidence, for the list's snippet. */
export function snippetAround(
  text: string,
  spans: readonly EvidenceSpan[],
  max: number,
): { text: string; spans: EvidenceSpan[]; cutStart: boolean; cutEnd: boolean } {
  if (text.length <= max) return { text, spans: [...spans], cutStart: false, cutEnd: false };
  const first = spans.reduce((min, s) => Math.min(min, s.start), text.length);
  const start = first < text.length ? Math.max(0, Math.min(first - Math.floor(max / 4), text.length - max)) : 0;
  const end = Math.min(text.length, start + max);
  return {
    text: text.slice(start, end),
    spans: spans
      .filter((s) => s.end > start && s.start < end)
      .map((s) => ({ ...s, start: s.start - start, end: s.end - start })),
    cutStart: start > 0,
    cutEnd: end < text.length,
  };
}

type Props = { text: string; evidence: readonly EvidenceSpan[] };

/** Untrusted post text, rendered as text, with each piece of evidence marked and explained. */
export function EvidenceText({ text, evidence }: Props) {
  return (
    <>
      {splitByEvidence(text, evidence).map((segment, index) =>
        segment.reasons.length ? (
          <mark key={index} className="evidence" title={segment.reasons.map(reasonLabel).join(', ')}>
            {segment.text}
            <span className="visually-hidden"> (evidence: {segment.reasons.map(reasonLabel).join(', ')})</span>
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
