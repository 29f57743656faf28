import { CATEGORY_INFO, type MentionDetail } from '@ou-listening/shared';
import { MARK_LABELS, relativeTime } from '../format';
import { ItemList } from '../../../../components/ui/item-list';

type Props = { marks: MentionDetail['marks'] };

export function MentionMarks({ marks }: Props) {
  return (
    <section aria-labelledby="detail-marks">
      <h3 id="detail-marks">Marks</h3>
      <ItemList
        items={marks}
        empty={<p className="muted">Not marked yet.</p>}
        className="detail-list"
        itemKey={(m, index) => `${m.at}-${index}`}
      >
        {(m) => (
          <>
            <strong>{MARK_LABELS[m.mark]}</strong>
            {m.correctedCategories && (
              <>
                {' '}
                · categories corrected to{' '}
                {m.correctedCategories.map((c) => CATEGORY_INFO[c].label).join(', ') || 'none'}
              </>
            )}
            {m.note && <> · “{m.note}”</>}{' '}
            <span className="muted">
              {m.by?.displayName ?? 'someone'}, <time dateTime={m.at}>{relativeTime(m.at)}</time>
            </span>
          </>
        )}
      </ItemList>
    </section>
  );
}
