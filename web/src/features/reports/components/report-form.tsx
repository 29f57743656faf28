import { useId, useState } from 'react';
import { Link } from 'react-router';
import { ProofOfWork, type ProofOfWorkHandle } from './proof-of-work';
import { ReportDone } from './report-done';
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
  const {
    submit,
    checking,
    pow,
    summaryRef,
    doneRef,
    files,
    errors,
    handleChange,
    handleFiles,
    handleRemoveFile,
    handleSubmit,
  } = useReportForm();
  const [email, setEmail] = useState('');
  const ids: FieldIds = { id: useId(), errors };

  if (submit.isSuccess)
    return (
      <ReportDone
        reference={submit.data.reference}
        emailed={submit.data.emailed}
        gaveEmail={email.trim() !== ''}
        headingRef={doneRef}
      />
    );

  const errorList = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  return (
    <form
      className="report-form"
      noValidate
      onSubmit={(e) => void handleSubmit(e)}
      onChange={handleChange}
      aria-describedby={`${ids.id}-intro`}
    >
      <div ref={summaryRef} tabIndex={-1} className="report-form__summary-anchor">
        {errorList.length > 0 && (
          <div className="report-errors" role="alert">
            <h2>There is a problem with the report</h2>
            <ul>
              {errorList.map(([name, message]) => (
                <li key={name}>{message}</li>
              ))}
            </ul>
          </div>
        )}
      </div>
      <p id={`${ids.id}-intro`} className="report-form__intro">
        Tell us about posts or messages that break the Student Social Media Policy, including in private groups we
        cannot see. Fields marked optional can be left empty. How we use and keep what you send is in our{' '}
        <Link to="/privacy">privacy notice</Link>.
      </p>

      <IncidentFields ids={ids} />
      <ScreenshotsField ids={ids} files={files} onChange={handleFiles} onRemove={handleRemoveFile} />
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
