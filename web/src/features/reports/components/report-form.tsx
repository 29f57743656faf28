import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ProofOfWork, type ProofOfWorkHandle } from './proof-of-work';
import { ReportDone } from './report-done';
import { ReportErrorSummary } from './report-error-summary';
import { FieldError, type FieldIds } from './report-field';
import './report-form.css';
import { IncidentFields } from './report-incident-fields';
import { EmailField, ReporterTypeField } from './report-reporter-fields';
import { ScreenshotsField } from './report-screenshots-field';
import { useReportForm } from './use-report-form';

/**
 * The public report form of policy paragraph 7.5. Plain HTML controls with visible labels, hints
 * tied to their fields, errors listed at the top and beside each field, and nothing that needs a
 * mouse. Works on a 390 px phone: one column, large targets.
 */
export function ReportForm() {
  const form = useReportForm();
  const { submit, checking, pow } = form;
  const [email, setEmail] = useState('');
  const ids: FieldIds = { id: useId(), errors: form.errors };

  if (submit.isSuccess)
    return (
      <ReportDone
        reference={submit.data.reference}
        emailed={submit.data.emailed}
        gaveEmail={email.trim() !== ''}
        headingRef={form.doneRef}
      />
    );

  return (
    <form
      className="report-form"
      noValidate
      onSubmit={(e) => void form.handleSubmit(e)}
      onChange={form.handleChange}
      aria-describedby={`${ids.id}-intro`}
    >
      <ReportErrorSummary ids={ids} anchorRef={form.summaryRef} />
      <p id={`${ids.id}-intro`} className="report-form__intro">
        Tell us about posts or messages that break the Student Social Media Policy, including in private groups we
        cannot see. Fields marked optional can be left empty. How we use and keep what you send is in our{' '}
        <Link to="/privacy">privacy notice</Link>.
      </p>

      <IncidentFields ids={ids} />
      <ScreenshotsField ids={ids} files={form.files} onChange={form.handleFiles} onRemove={form.handleRemoveFile} />
      <ReporterTypeField ids={ids} />
      <EmailField ids={ids} email={email} onChange={setEmail} />

      <div className="report-field">
        <p className="report-field__label" id={`${ids.id}-altcha-label`}>
          Anti-spam check
        </p>
        <p className="report-field__hint">Your browser does a moment of work; no data leaves it for this.</p>
        <FieldError ids={ids} name="altcha" />
        <ProofOfWork
          ref={(el) => {
            pow.current = el as ProofOfWorkHandle | null;
          }}
        />
      </div>

      <button type="submit" className="report-form__submit" disabled={checking || submit.isPending}>
        {checking ? 'Finishing the anti-spam check…' : submit.isPending ? 'Sending…' : 'Send report'}
      </button>
    </form>
  );
}
