import { CATEGORY_INFO } from '@ou-listening/shared';
import { type FormEvent, useState } from 'react';
import { useClassifyText } from '../api/classify-text';
import { EvidenceText } from '../../../components/ui/evidence-text';
import { ErrorAlert } from '../../../components/ui/error-alert';
import { Button } from '../../../components/ui/button';

const MAX_LENGTH = 10_000;

/** Try a text against the model in use: the categories that apply, their scores and the evidence. */
export function ClassifyForm() {
  const [text, setText] = useState('');
  const classify = useClassifyText();

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    classify.mutate({ text });
  };

  const result = classify.data;
  const submitted = classify.variables?.text ?? '';
  const evidence = result?.categories.flatMap((c) => c.evidence) ?? [];

  return (
    <form className="form-column classify-form" onSubmit={handleSubmit}>
      <label htmlFor="classify-text">Text to classify</label>
      <textarea
        id="classify-text"
        value={text}
        maxLength={MAX_LENGTH}
        rows={5}
        onChange={(event) => setText(event.target.value)}
      />
      <Button type="submit" variant="primary" disabled={classify.isPending}>
        Classify
      </Button>
      {classify.isError && <ErrorAlert>Could not classify the text: {classify.error.message}</ErrorAlert>}
      {result && (
        <section aria-label="Classification">
          {result.categories.length === 0 ? (
            <p>No category applies.</p>
          ) : (
            <ul>
              {result.categories.map((c) => (
                <li key={c.category}>
                  {CATEGORY_INFO[c.category].label} ({c.policyRef}): {c.score.toFixed(2)}
                </li>
              ))}
            </ul>
          )}
          {result.secondLook.length > 0 && (
            <p>
              Second look, not flagged (the model is unsure):{' '}
              {result.secondLook.map((c) => `${CATEGORY_INFO[c.category].label} ${c.score.toFixed(2)}`).join(', ')}
            </p>
          )}
          <p className="classified-text">
            <EvidenceText text={submitted} evidence={evidence} />
          </p>
          <p className="note">Model {result.modelVersion}</p>
        </section>
      )}
    </form>
  );
}
