import { type AuthorProfile, CATEGORY_INFO } from '@ou-listening/shared';
import { type Column, DataTable } from '../../../components/ui/data-table';
import { Card } from '../../../components/ui/card';

type Props = { byCategory: AuthorProfile['byCategory'] };
type Row = Props['byCategory'][number];

const COLUMNS: Column<Row>[] = [
  { key: 'category', header: 'Category', cell: (c) => CATEGORY_INFO[c.category].label },
  { key: 'count', header: 'Mentions', cell: (c) => c.count },
];

/** How many of the author's mentions fell in each category. */
export function AuthorCategories({ byCategory }: Props) {
  return (
    <Card id="author-categories" title="By category">
      <DataTable
        columns={COLUMNS}
        rows={byCategory}
        rowKey={(c) => c.category}
        caption="Mentions by category"
        captionClassName="visually-hidden"
        empty={<p className="muted">None of their mentions was flagged.</p>}
      />
    </Card>
  );
}
