import type { ReportView } from '@ou-listening/shared';
import { useId } from 'react';
import { QueryState } from '../../../components/ui/query-state';
import { useReport } from '../api/get-report';
import { LinkReportForm } from './link-report-form';
import { ReportFacts, ReportShots } from './report-facts';
import './report-form.css';

type Props = { mentionId: string };

/** What a public report adds to its mention in the queue: where, when, who reported it, the screenshots. */
export function ReportPanel({ mentionId }: Props) {
  return (
    <QueryState
      query={useReport(mentionId)}
      loading={<p role="status">Loading the report…</p>}
      failed="Could not load the report"
    >
      {(report) => <Report report={report} mentionId={mentionId} />}
    </QueryState>
  );
}

function Report({ report: r, mentionId }: { report: ReportView; mentionId: string }) {
  const id = useId();
  return (
    <section className="report-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>
        <span className="badge badge--report">Public report</span> {r.reference}
      </h3>
      <ReportFacts report={r} />
      <h4>Screenshots ({r.screenshots.length})</h4>
      <ReportShots report={r} />
      {r.ocrStatus === 'pending' && <p className="muted">Reading the text in the screenshots…</p>}
      <LinkReportForm mentionId={mentionId} />
    </section>
  );
}
