import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { Button } from '../../components/ui/button';
import { Page } from '../../components/ui/page';
import { PageUnavailable } from '../../components/ui/page-unavailable';
import { useMe } from '../../features/auth/api/get-me';
import { useEscalation } from '../../features/escalations/api/get-escalation';
import { useRecordPrint } from '../../features/escalations/api/record-print';
import { CaseActions } from '../../features/escalations/components/case-actions';
import { CaseSummary } from '../../features/escalations/components/case-summary';
import { CaseNotes } from '../../features/escalations/components/case-notes';
import { CaseTimeline } from '../../features/escalations/components/case-timeline';
import { EvidencePanel } from '../../features/escalations/components/evidence-panel';
import { LegalHold } from '../../features/escalations/components/legal-hold';
import { PrintHeader } from '../../features/escalations/components/print-header';
import { PrintedHold } from '../../features/escalations/components/printed-hold';
import { UrgentCaseNote } from '../../features/escalations/components/urgent-case-note';

/** One case: the evidence, its clock and timeline, what was decided, the notes, and the officer's actions. */
export function EscalationCaseRoute({ printable = false }: { printable?: boolean }) {
  const { id = '' } = useParams();
  const escalation = useEscalation(id);
  const me = useMe();
  const role = me.data?.role;
  const canAct = role === 'discipline' || role === 'admin';
  const [openedAt] = useState(() => new Date());
  const [erased, setErased] = useState(false);
  useRecordPrint(id, printable && canAct && escalation.isSuccess);

  if (erased)
    return (
      <Page title={`Case #${id} deleted`}>
        <p role="status">
          The hold was released, and the erasure of the post&rsquo;s author that was waiting for it has been carried
          out: this case and its post are deleted. The audit log records both.
        </p>
        <p className="actions">
          <Link to="/escalations">Back to the escalations</Link>
        </p>
      </Page>
    );
  if (escalation.isPending) return <p className="loading">Loading the case…</p>;
  if (escalation.isError)
    return (
      <PageUnavailable title="Case not available" error={escalation.error}>
        <p className="actions">
          {canAct ? <Link to="/escalations">Back to the escalations</Link> : <Link to="/">Back to the start page</Link>}
        </p>
      </PageUnavailable>
    );
  const e = escalation.data;
  return (
    <div className={printable ? 'case-page print-page' : 'case-page'}>
      {printable && me.data && <PrintHeader printedBy={me.data.displayName} printedAt={openedAt} />}
      <Page title={`Case #${e.id}`}>
        {printable ? (
          <p className="no-print actions">
            <Button variant="primary" onClick={() => window.print()}>
              Print
            </Button>
            <Link to={`/escalations/${e.id}`}>Back to the case</Link>
          </p>
        ) : (
          <p className="actions">
            {canAct && <Link to="/escalations">All escalations</Link>}
            {canAct && <Link to={`/escalations/${e.id}/print`}>Printable page</Link>}
            {canAct && (
              <a href={`/api/escalations/${e.id}/export.json`} download>
                Export as JSON
              </a>
            )}
          </p>
        )}
        <CaseSummary escalation={e} />
        {printable && <PrintedHold escalationId={e.id} held={e.legalHold} />}
        <UrgentCaseNote escalation={e} />
        {canAct && !printable && me.data && <CaseActions escalation={e} currentUserId={me.data.id} />}
        {/* The post and its evidence before the hold and the timeline: on a phone it was 1,600 px down. */}
        <EvidencePanel escalation={e} />
        {canAct && !printable && <LegalHold escalationId={e.id} held={e.legalHold} onErased={() => setErased(true)} />}
        <CaseTimeline escalationId={e.id} />
        <CaseNotes escalationId={e.id} notes={e.notes} canWrite={!printable} />
      </Page>
    </div>
  );
}
