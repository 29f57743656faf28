import { CATEGORY_CODES, CATEGORY_INFO, type CategoryCode, type QueueSummary } from '@ou-listening/shared';
import { formatCount } from './format';
import { Button } from '../../../components/ui/button';

const sentenceCase = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

type Props = {
  summary: QueueSummary | undefined;
  selectedCategories: readonly CategoryCode[];
  isMarkingSeen: boolean;
  onToggleCategory: (code: CategoryCode) => void;
  onMarkSeen: () => void;
};

/** Counts per category (each one a filter toggle) and what arrived since the user last looked. */
export function QueueSummaryBar({ summary, selectedCategories, isMarkingSeen, onToggleCategory, onMarkSeen }: Props) {
  return (
    <div className="queue-summary">
      <div className="queue-summary__counts" role="group" aria-label="Filter by category">
        {CATEGORY_CODES.map((code) => (
          <button
            key={code}
            type="button"
            className={`chip chip--${code} chip--toggle`}
            aria-pressed={selectedCategories.includes(code)}
            onClick={() => onToggleCategory(code)}
          >
            {CATEGORY_INFO[code].label}{' '}
            <span className="chip__count">
              {summary ? formatCount(summary.byCategory[code], summary.countLimit, summary.approximate) : '–'}
            </span>
          </button>
        ))}
      </div>
      {summary && (
        <p className="queue-summary__new" role="status">
          {sentenceCase(formatCount(summary.total, summary.countLimit, summary.approximate))} in this view.{' '}
          {summary.newSinceLastSeen > 0 ? (
            <>
              <strong>{formatCount(summary.newSinceLastSeen, summary.countLimit)} new since you last looked.</strong>{' '}
              <Button small disabled={isMarkingSeen} onClick={onMarkSeen}>
                Mark all as seen
              </Button>
            </>
          ) : (
            'Nothing new since you last looked.'
          )}
        </p>
      )}
    </div>
  );
}
