import { type FormEvent, useState } from 'react';
import { useReportAccount } from '../api/report-account';
import { Button } from '../../../components/ui/button';

type Props = { platform: string; authorId: string; platformLabel: string };

/**
 * Report account: no platform has an API for it, so the report and its reason are recorded here
 * (and audited), then the platform's own page opens in a new tab for the person to finish there.
 */
export function ReportAccountForm({ platform, authorId, platformLabel }: Props) {
  const report = useReportAccount();
  const [reason, setReason] = useState('');
  const [opened, setOpened] = useState<string | null>(null);

  const handleSubmit = (event: FormEvent) => {
    event.preventDefault();
    // Opened now, inside the click, so the browser does not block it; pointed at the platform once recorded.
    const tab = window.open('', '_blank');
    report.mutate(
      { platform, authorId, reason: reason.trim() },
      {
        onSuccess: (result) => {
          setReason('');
          setOpened(result.reportUrl);
          if (tab && result.reportUrl) {
            tab.opener = null;
            tab.location.href = result.reportUrl;
          } else tab?.close();
        },
        onError: () => tab?.close(),
      },
    );
  };

  return (
    <form className="card form" aria-labelledby="report-account-title" onSubmit={handleSubmit}>
      <h2 id="report-account-title">Report this account to {platformLabel}</h2>
      <p className="muted">
        {platformLabel} has no way to report an account from here: the report is recorded with its reason, and{' '}
        {platformLabel}&rsquo;s own page opens for you to finish it there.
      </p>
      <label htmlFor="report-reason">Reason for reporting</label>
      <textarea
        id="report-reason"
        value={reason}
        required
        maxLength={1000}
        rows={3}
        onChange={(e) => setReason(e.target.value)}
      />
      {report.isError && (
        <p className="alert alert--error" role="alert">
          {report.error.message}
        </p>
      )}
      {report.isSuccess && (
        <p className="alert alert--success" role="status">
          Report recorded.{' '}
          {opened ? (
            <a href={opened} target="_blank" rel="noreferrer noopener">
              Open {platformLabel}&rsquo;s reporting page
            </a>
          ) : (
            `${platformLabel} has no page for reporting this account; report it in the app.`
          )}
        </p>
      )}
      <p className="actions">
        <Button type="submit" disabled={report.isPending || reason.trim() === ''}>
          {report.isPending ? 'Recording…' : 'Record the report and open ' + platformLabel}
        </Button>
      </p>
    </form>
  );
}
