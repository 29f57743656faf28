import { CATEGORY_INFO, type ClassifierModelView } from '@ou-listening/shared';

type Props = { model: ClassifierModelView };

const fixed = (x: number) => x.toFixed(3);

/** Per-category precision, recall and F1 of the model in use, on the corpus's validation split. */
export function ModelScoresTable({ model }: Props) {
  return (
    <div className="table-scroll">
      <table className="table">
        <caption>
          Validation split: {model.validationPosts} posts held out of training (whole templates and whole writers).
          Macro-F1 {fixed(model.macroF1)}; harmless posts flagged {(model.falseAlarmRate * 100).toFixed(1)}%.
        </caption>
        <thead>
          <tr>
            <th scope="col">Category</th>
            <th scope="col">Precision</th>
            <th scope="col">Recall</th>
            <th scope="col">F1</th>
            <th scope="col">Posts</th>
            <th scope="col">Threshold</th>
          </tr>
        </thead>
        <tbody>
          {model.categories.map((c) => (
            <tr key={c.category}>
              <th scope="row">{CATEGORY_INFO[c.category].label}</th>
              <td>{fixed(c.precision)}</td>
              <td>{fixed(c.recall)}</td>
              <td>{fixed(c.f1)}</td>
              <td>{c.support}</td>
              <td>{c.threshold.toFixed(2)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
