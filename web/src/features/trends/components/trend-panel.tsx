import { exportCsvUrl } from '../api/export-csv';
import type { PanelContext, PanelDefinition } from '../panels';
import { ChartCard } from './chart-card';
import { DataTable } from './data-table';
import { ErrorAlert } from '../../../components/ui/error-alert';

type Props = { panel: PanelDefinition; ctx: PanelContext };

/** One panel definition as a card: loading, error, or its chart with table view and CSV. */
export function TrendPanel({ panel, ctx }: Props) {
  const query = panel.query(ctx.data);
  if (query.isError)
    return (
      <ErrorAlert>
        Could not load {panel.title.toLowerCase()}: {query.error.message}
      </ErrorAlert>
    );
  if (!query.data)
    return (
      <section className="card trend-card" aria-busy="true" aria-label={panel.title}>
        <p className="loading">Loading {panel.title.toLowerCase()}…</p>
      </section>
    );
  const { chart, table } = panel.render(ctx);
  return (
    <ChartCard
      title={panel.title}
      description={panel.description}
      csvHref={exportCsvUrl({ ...ctx.range, ...panel.csv(ctx) })}
      table={<DataTable {...table} />}
    >
      {chart}
    </ChartCard>
  );
}
