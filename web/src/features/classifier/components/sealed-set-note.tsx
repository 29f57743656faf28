import type { ClassifierPrecisionView } from '@ou-listening/shared';
import { formatUkTime } from '../../../lib/uk-time';
import { count } from './numbers';

type Props = { view: ClassifierPrecisionView };

/** Where the sealed-set figures come from: how many posts, when, on which model, and the headline scores. */
export function SealedSetNote({ view }: Props) {
  if (!view.sealed) return <p>The sealed set has not been scored yet (npm run eval:sealed).</p>;
  return (
    <p>
      Sealed set: {count(view.sealed.posts)} posts written independently of the training data, scored{' '}
      {formatUkTime(view.sealed.measuredAt)} on model <code>{view.sealed.modelVersion}</code>
      {view.sealedIsForAnotherModel ? ' (not the model in use)' : ''}. Macro-F1 {view.sealed.macroF1.toFixed(3)};
      harmless posts flagged {(view.sealed.falseAlarmRate * 100).toFixed(1)}%.
    </p>
  );
}
