import type { EvidenceSpan } from '@ou-listening/shared';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { EvidenceLegend, EvidenceText, snippetAround, splitByEvidence } from './evidence-text';

const span = (text: string, needle: string, reason: string): EvidenceSpan => {
  const start = text.indexOf(needle);
  return { start, end: start + needle.length, text: needle, reason };
};

afterEach(cleanup);

describe('splitByEvidence', () => {
  const text = 'Call Sam on 07700 900123 or sam@example.com tonight';

  it('cuts the text exactly at the span offsets', () => {
    const segments = splitByEvidence(text, [
      span(text, 'sam@example.com', 'email'),
      span(text, '07700 900123', 'uk_phone'),
    ]);
    expect(segments).toEqual([
      { text: 'Call Sam on ', reasons: [] },
      { text: '07700 900123', reasons: ['uk_phone'] },
      { text: ' or ', reasons: [] },
      { text: 'sam@example.com', reasons: ['email'] },
      { text: ' tonight', reasons: [] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('merges overlapping spans into one highlight with both reasons', () => {
    const segments = splitByEvidence('abcdefghij', [
      { start: 2, end: 6, text: 'cdef', reason: 'a' },
      { start: 4, end: 8, text: 'efgh', reason: 'b' },
    ]);
    expect(segments).toEqual([
      { text: 'ab', reasons: [] },
      { text: 'cdefgh', reasons: ['a', 'b'] },
      { text: 'ij', reasons: [] },
    ]);
  });

  it('clips spans that run past the text and drops empty or reversed ones', () => {
    expect(
      splitByEvidence('short', [
        { start: 3, end: 99, text: 'rt', reason: 'x' },
        { start: 4, end: 2, text: '', reason: 'y' },
        { start: -5, end: 0, text: '', reason: 'z' },
      ]),
    ).toEqual([
      { text: 'sho', reasons: [] },
      { text: 'rt', reasons: ['x'] },
    ]);
  });

  it('counts offsets in UTF-16 units, as the classifier does', () => {
    const emoji = '😀 ring 07700 900123';
    expect(splitByEvidence(emoji, [span(emoji, '07700 900123', 'uk_phone')])[1]).toEqual({
      text: '07700 900123',
      reasons: ['uk_phone'],
    });
  });
});

describe('snippetAround', () => {
  it('keeps the first piece of evidence in view and shifts its offsets', () => {
    const text = `${'x'.repeat(300)} 07700 900123 ${'y'.repeat(300)}`;
    const snippet = snippetAround(text, [span(text, '07700 900123', 'uk_phone')], 100);
    expect(snippet.cutStart && snippet.cutEnd).toBe(true);
    const [s] = snippet.spans;
    expect(snippet.text.slice(s!.start, s!.end)).toBe('07700 900123');
  });
});

describe('EvidenceText', () => {
  it('marks evidence with its reason in words, as a tooltip and for screen readers, and renders markup as text', () => {
    const text = '<img src=x onerror=alert(1)> ring 07700 900123';
    const { container } = render(<EvidenceText text={text} evidence={[span(text, '07700 900123', 'uk_phone')]} />);
    const mark = container.querySelector('mark');
    expect(mark?.getAttribute('title')).toBe('UK phone number');
    expect(mark?.textContent).toBe('07700 900123 (evidence: UK phone number)');
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror=alert(1)> ring')).toBeTruthy();
  });

  it('names every recognizer and lexicon the classifier quotes, never its internal code', () => {
    const text = 'NI QQ123456C, card 4111 1111 1111 1111, 14 Larkspur Close, going to hurt him';
    const { container } = render(
      <EvidenceText
        text={text}
        evidence={[
          span(text, 'QQ123456C', 'uk_nino'),
          span(text, '4111 1111 1111 1111', 'payment_card'),
          span(text, '14 Larkspur Close', 'street_address'),
          span(text, 'going to hurt', 'threat_term'),
        ]}
      />,
    );
    expect([...container.querySelectorAll('mark')].map((m) => m.getAttribute('title'))).toEqual([
      'National Insurance number',
      'payment card number',
      'street address',
      'threat term',
    ]);
  });

  it("tells a rule's match from the model's weighed words, by style and in words", () => {
    const text = 'Ring 07700 900123, I feel hopeless';
    const { container } = render(
      <EvidenceText text={text} evidence={[span(text, '07700 900123', 'uk_phone'), span(text, 'hopeless', 'model')]} />,
    );
    const [rule, model] = container.querySelectorAll('mark');
    expect(rule?.className).toBe('evidence evidence--rule');
    expect(model?.className).toBe('evidence evidence--model');
    expect(rule?.querySelector('.visually-hidden')?.textContent).toBe(' (evidence: UK phone number)');
    expect(model?.querySelector('.visually-hidden')?.textContent).toBe(' (evidence: weighed by the trained model)');
    expect(model?.getAttribute('title')).toBe('weighed by the trained model');
  });

  it('shows a highlight that is both a rule match and weighed by the model as a rule, and says both', () => {
    const text = 'I will hurt you tonight';
    const { container } = render(
      <EvidenceText text={text} evidence={[span(text, 'hurt you', 'model'), span(text, 'will hurt', 'threat_term')]} />,
    );
    const marks = container.querySelectorAll('mark');
    expect(marks).toHaveLength(1);
    expect(marks[0]?.className).toBe('evidence evidence--rule');
    expect(marks[0]?.textContent).toBe('will hurt you (evidence: threat term; also weighed by the trained model)');
  });
});

describe('EvidenceLegend', () => {
  const text = 'Ring 07700 900123, I feel hopeless';

  it('explains, always visibly, the highlight styles the text shows', () => {
    render(
      <EvidenceLegend
        text={text}
        evidence={[span(text, '07700 900123', 'uk_phone'), span(text, 'hopeless', 'model')]}
      />,
    );
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'matched a rule (a phone number, a term)',
      'weighed by the model',
    ]);
  });

  it('names only the styles present', () => {
    render(<EvidenceLegend text={text} evidence={[span(text, 'hopeless', 'model')]} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['weighed by the model']);
  });

  it('is not there when nothing is highlighted, or the only span falls outside the text', () => {
    const { container } = render(<EvidenceLegend text={text} evidence={[]} />);
    expect(container.innerHTML).toBe('');
    const outside = render(
      <EvidenceLegend text={text} evidence={[{ start: 99, end: 120, text: 'gone', reason: 'uk_phone' }]} />,
    );
    expect(outside.container.innerHTML).toBe('');
  });
});
