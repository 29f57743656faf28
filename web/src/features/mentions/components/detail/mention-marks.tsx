import { CATEGORY_INFO, type MentionDetail } from '@ou-listening/shared';
import { MARK_LABELS, relativeTime } from '../format';

type Props = { marks: MentionDetail['marks'] };

export function MentionMarks({ marks }: Props) {
  return (
    <section aria-labelledby="detail-marks">
      <h3 id="detail-marks">Marks</h3>
      {marks.length === 0 ? (
        <p className="muted">Not marked yet.</p>
      ) : (
        <ul className="detail-list">
          {marks.map((m, index) => (
            <li key={`${m.at}-${index}`}>
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
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
