import type { CategoryCode, MarkedCategoryPrecision, SealedScores } from '@ou-listening/shared';
import { count, decimal } from './numbers';

/** Fewer marks than this and a precision says little: it is shown, with a word saying so. */
export const FEW_MARKS = 10;

/** One category's row: staff marks over the short and long windows, and the sealed-set figures. */
export type PrecisionRow = {
  category: CategoryCode;
  short: MarkedCategoryPrecision;
  long: MarkedCategoryPrecision | undefined;
  sealed: SealedScores['categories'][number] | undefined;
};

/**
 * Precision as staff marks record it, written like the sealed figures beside it, with what it rests
 * on: "0.90 (9 confirmed, 1 false)", or "0.40 (5 marks: too few to judge)".
 */
export function Marked({ figures }: { figures: MarkedCategoryPrecision | undefined }) {
  const confirmed = figures?.confirmed ?? 0;
  const falsePositives = figures?.falsePositives ?? 0;
  const marks = confirmed + falsePositives;
  return (
    <>
      {decimal(figures?.precision)}{' '}
      <small>
        (
        {marks === 0
          ? 'no marks'
          : marks < FEW_MARKS
            ? `${count(marks)} mark${marks === 1 ? '' : 's'}: too few to judge`
            : `${count(confirmed)} confirmed, ${count(falsePositives)} false`}
        )
      </small>
    </>
  );
}
