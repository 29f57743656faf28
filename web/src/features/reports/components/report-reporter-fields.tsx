import { REPORT_LIMITS, REPORTER_TYPES, type ReporterType } from '@ou-listening/shared';
import { controlProps, describedProps, FieldError, type FieldIds, invalidProps, ReportField } from './report-field';

const REPORTER_LABELS: Record<ReporterType, string> = { student: 'A student', staff: 'Staff', other: 'Someone else' };

export function ReporterTypeField({ ids }: { ids: FieldIds }) {
  return (
    <fieldset className="report-field" aria-describedby={describedProps(ids, 'reporterType')['aria-describedby']}>
      <legend>Are you…</legend>
      <FieldError ids={ids} name="reporterType" />
      {REPORTER_TYPES.map((type, i) => (
        <label key={type} className="report-choice">
          {/* The first choice carries the field's id, so the error summary's link lands in the group. */}
          <input
            type="radio"
            name="reporterType"
            value={type}
            required
            id={i === 0 ? `${ids.id}-reporterType` : undefined}
            {...invalidProps(ids, 'reporterType')}
          />{' '}
          {REPORTER_LABELS[type]}
        </label>
      ))}
    </fieldset>
  );
}

type EmailProps = { ids: FieldIds; email: string; onChange: (email: string) => void };

export function EmailField({ ids, email, onChange }: EmailProps) {
  const hint =
    'So that we can send you a reference and tell you what happens next. Only the staff who handle reports see it, ' +
    'and it is deleted when the case is closed. Leave it empty to report anonymously.';
  return (
    <ReportField ids={ids} name="reporterEmail" label="Your e-mail address (optional)" hint={hint}>
      <input
        type="email"
        autoComplete="email"
        maxLength={REPORT_LIMITS.emailMax}
        value={email}
        onChange={(e) => onChange(e.target.value)}
        {...controlProps(ids, 'reporterEmail', true)}
      />
      <FieldError ids={ids} name="consentToContact" />
      <label className="report-choice">
        <input
          type="checkbox"
          value="true"
          disabled={!email.trim()}
          name="consentToContact"
          id={`${ids.id}-consentToContact`}
          {...describedProps(ids, 'consentToContact')}
        />{' '}
        You may contact me at this address about this report
      </label>
    </ReportField>
  );
}
