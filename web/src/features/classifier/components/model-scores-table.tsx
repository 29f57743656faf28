import { CATEGORY_INFO, type CategoryValidationScore, type ClassifierModelView } from '@ou-listening/shared';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { count } from './numbers';

type Props = { model: ClassifierModelView };

const fixed = (x: number) => x.toFixed(3);

const COLUMNS: Column<CategoryValidationScore>[] = [
  { key: 'category', header: 'Category', rowHeader: true, cell: (c) => CATEGORY_INFO[c.category].label },
  { key: 'precision', header: 'Precision', cell: (c) => fixed(c.precision) },
  { key: 'recall', header: 'Recall', cell: (c) => fixed(c.recall) },
  { key: 'f1', header: 'F1', cell: (c) => fixed(c.f1) },
  { key: 'posts', header: 'Posts', cell: (c) => count(c.support) },
  { key: 'threshold', header: 'Threshold', cell: (c) => c.threshold.toFixed(2) },
];

/** Per-category precision, recall and F1 of the model in use, on the corpus's validation split. */
export function ModelScoresTable({ model }: Props) {
  return (
    <DataTable
      caption={
        <>
          Validation split: {count(model.validationPosts)} posts held out of training (whole templates and whole
          writers). Macro-F1 {fixed(model.macroF1)}; harmless posts flagged {(model.falseAlarmRate * 100).toFixed(1)}%.
        </>
      }
      columns={COLUMNS}
      rows={model.categories}
      rowKey={(c) => c.category}
      scroll={{ label: 'Validation scores by category' }}
    />
  );
}
