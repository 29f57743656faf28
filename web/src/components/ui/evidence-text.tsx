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

/**
 * "model" is the trained model's weighed words; every other reason is a recognizer or a lexicon term,
 * something that matched. A highlight that is both shows as the stronger, a rule.
 */
type EvidenceKind = 'rule' | 'model';

const kindOf = (reasons: readonly string[]): EvidenceKind =>
  reasons.some((reason) => reason !== 'model') ? 'rule' : 'model';

/**
 * Why a highlight is there, in words: shown as a tooltip and, after "evidence:", said to screen
 * readers. A rule is named by what it matched ("UK phone number"), the model by what it did.
 */
function explain(reasons: readonly string[]): string {
  const rules = reasons.filter((reason) => reason !== 'model').map(reasonLabel);
  if (!rules.length) return 'weighed by the trained model';
  return `${rules.join(', ')}${reasons.includes('model') ? '; also weighed by the trained model' : ''}`;
}

type Props = { text: string; evidence: readonly EvidenceSpan[] };

/**
 * Untrusted post text, rendered as text, with each piece of evidence marked and explained. A rule's
 * match has a solid background, the model's words a dotted underline: told apart by shape, not only
 * by colour, and by the hidden words for screen readers (a tooltip never shows on a touch screen).
 */
export function EvidenceText({ text, evidence }: Props) {
  return (
    <>
      {splitByEvidence(text, evidence).map((segment, index) => {
        if (!segment.reasons.length) return <span key={index}>{segment.text}</span>;
        const explanation = explain(segment.reasons);
        return (
          <mark key={index} className={`evidence evidence--${kindOf(segment.reasons)}`} title={explanation}>
            {segment.text}
            <span className="visually-hidden"> (evidence: {explanation})</span>
          </mark>
        );
      })}
    </>
  );
}

const LEGEND: Record<EvidenceKind, string> = {
  rule: 'matched a rule (a phone number, a term)',
  model: 'weighed by the model',
};

/** What each highlight style in the text beside it means, for the kinds it shows; nothing when it shows none. */
export function EvidenceLegend({ text, evidence }: Props) {
  const shown = new Set(
    splitByEvidence(text, evidence)
      .filter((segment) => segment.reasons.length)
      .map((segment) => kindOf(segment.reasons)),
  );
  const kinds = (['rule', 'model'] as const).filter((kind) => shown.has(kind));
  if (!kinds.length) return null;
  return (
    <div className="evidence-legend">
      <span>Highlighted:</span>
      <ul>
        {kinds.map((kind) => (
          <li key={kind}>
            <span className={`evidence-legend__swatch evidence--${kind}`} aria-hidden="true" />
            {LEGEND[kind]}
          </li>
        ))}
      </ul>
    </div>
  );
}
