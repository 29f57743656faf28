import { CATEGORY_INFO, type MentionDetail } from '@ou-listening/shared';
import { MARK_LABELS } from '../format';
import { ByWhomWhen, DetailLog } from './detail-log';

type Props = { marks: MentionDetail['marks'] };

export function MentionMarks({ marks }: Props) {
  return (
    <DetailLog id="detail-marks" title="Marks" items={marks} empty="Not marked yet." itemKey={(m, i) => `${m.at}-${i}`}>
      {(m) => (
        <>
          <strong>{MARK_LABELS[m.mark]}</strong>
          {m.correctedCategories && (
            <>
              {' '}
              · categories corrected to {m.correctedCategories.map((c) => CATEGORY_INFO[c].label).join(', ') || 'none'}
            </>
          )}
          {m.note && <> · “{m.note}”</>} <ByWhomWhen name={m.by?.displayName} at={m.at} />
        </>
      )}
    </DetailLog>
  );
}
