import { useEffect } from 'react';
import { ReportForm } from '../../features/reports/components/report-form';

const TITLE = 'Report something you have seen online – The Open University';

/**
 * /report: the public form of policy paragraph 7.5. No sign-in and nothing of the dashboard, so it
 * loads fast for anyone; the emergency text comes first.
 */
export function ReportRoute() {
  // The tab and a screen reader's first words name the form, not the staff dashboard.
  useEffect(() => {
    const before = document.title;
    document.title = TITLE;
    return () => {
      document.title = before;
    };
  }, []);
  return (
    <main className="report-page">
      <div className="report-page__brand">
        <span className="shell__logo" aria-hidden="true">
          OU
        </span>
        The Open University
      </div>
      <h1>Report something you have seen online</h1>
      <aside className="report-emergency" aria-labelledby="report-emergency-title">
        <h2 id="report-emergency-title">In an emergency</h2>
        <p>
          If you or someone else is in immediate danger, <strong>call 999</strong> now, or <strong>112</strong> from
          outside the UK. Do not wait for a reply to this form.
        </p>
      </aside>
      <ReportForm />
    </main>
  );
}
