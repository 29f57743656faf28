import { CATEGORY_INFO, type ClassifierPrecisionView } from '@ou-listening/shared';
import { formatUkTime } from '../../../lib/uk-time';

type Props = { view: ClassifierPrecisionView };

const share = (x: number | null) => (x === null ? '—' : `${Math.round(x * 100)}%`);

/**
 * Each category's precision as staff marks record it (confirmed against false positive, by each
 * flagged real mention's latest mark) over 30 and 90 days, beside the last sealed-set figures.
 */
export function PrecisionTable({ view }: Props) {
  const [short, long] = view.windows;
  if (!short || !long) return null;
  const anyMarks = view.windows.some((w) => w.categories.some((c) => c.confirmed + c.falsePositives > 0));
  const sealedBy = new Map(view.sealed?.categories.map((c) => [c.category, c]) ?? []);
  return (
    <>
      {!anyMarks && (
        <p>
          No staff marks on flagged real mentions in the last {long.days} days yet: precision appears here as mentions
          are marked.
        </p>
      )}
      {view.sealed ? (
        <p>
          Sealed set: {view.sealed.posts} posts written independently of the training data, scored{' '}
          {formatUkTime(view.sealed.measuredAt)} on model <code>{view.sealed.modelVersion}</code>
          {view.sealedIsForAnotherModel ? ' (not the model in use)' : ''}. Macro-F1 {view.sealed.macroF1.toFixed(3)};
          harmless posts flagged {(view.sealed.falseAlarmRate * 100).toFixed(1)}%.
        </p>
      ) : (
        <p>The sealed set has not been scored yet (npm run eval:sealed).</p>
      )}
      <div className="table-scroll">
        <table className="table">
          <caption>Precision as staff marks record it, and on the sealed set</caption>
          <thead>
            <tr>
              <th scope="col">Category</th>
              <th scope="col">Last {short.days} days</th>
              <th scope="col">Last {long.days} days</th>
              <th scope="col">Sealed precision</th>
              <th scope="col">Sealed recall</th>
            </tr>
          </thead>
          <tbody>
            {short.categories.map((c) => {
              const l = long.categories.find((x) => x.category === c.category);
              const s = sealedBy.get(c.category);
              return (
                <tr key={c.category}>
                  <th scope="row">{CATEGORY_INFO[c.category].label}</th>
                  <td>
                    {share(c.precision)}{' '}
                    <small>
                      ({c.confirmed} confirmed, {c.falsePositives} false)
                    </small>
                  </td>
                  <td>
                    {share(l?.precision ?? null)}{' '}
                    <small>
                      ({l?.confirmed ?? 0} confirmed, {l?.falsePositives ?? 0} false)
                    </small>
                  </td>
                  <td>{s ? s.precision.toFixed(2) : '—'}</td>
                  <td>{s ? s.recall.toFixed(2) : '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
