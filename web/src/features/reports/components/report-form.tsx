import {
  REPORT_LIMITS,
  REPORTED_PLATFORM_LABELS,
  REPORTED_PLATFORMS,
  REPORTER_TYPES,
  type ReporterType,
} from '@ou-listening/shared';
import { type ChangeEvent, type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { ReportRejected, useSubmitReport } from '../api/submit-report';
import { ProofOfWork, type ProofOfWorkHandle } from './proof-of-work';
import './report-form.css';

const REPORTER_LABELS: Record<ReporterType, string> = { student: 'A student', staff: 'Staff', other: 'Someone else' };
const MB = 1024 * 1024;
const ACCEPTED = ['image/png', 'image/jpeg', 'image/webp'];

type FieldErrors = Partial<Record<string, string>>;

const sizeOf = (bytes: number) => (bytes < MB / 10 ? `${Math.ceil(bytes / 1024)} KB` : `${(bytes / MB).toFixed(1)} MB`);

/** Today in the UK, as the date input wants it. */
function today(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date());
}

/** The server names fields as the form sends them; screenshots[2] is the screenshots control. */
function controlOf(field: string | null): string | null {
  if (!field) return null;
  return field.startsWith('screenshots') ? 'screenshots' : field;
}

/**
 * The public report form of policy paragraph 7.5. Plain HTML controls with visible labels, hints
 * tied to their fields, errors listed at the top and beside each field, and nothing that needs a
 * mouse. Works on a 390 px phone: one column, large targets.
 */
export function ReportForm() {
  const submit = useSubmitReport();
  const pow = useRef<ProofOfWorkHandle | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [email, setEmail] = useState('');
  const [description, setDescription] = useState('');
  const id = useId();

  useEffect(() => {
    if (submit.isSuccess) doneRef.current?.focus();
  }, [submit.isSuccess]);

  /** A field's error goes as soon as it is changed; the list at the top follows. */
  const handleChange = (event: FormEvent<HTMLFormElement>) => {
    const name = (event.target as HTMLInputElement).name;
    if (name === 'screenshots' || name === 'altcha') return; // handleFiles and the widget manage their own
    const control =
      name === 'consentToContact' || name === 'reporterEmail' ? ['reporterEmail', 'consentToContact'] : [name];
    if (control.some((c) => errors[c]) || errors.form)
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => !control.includes(k) && k !== 'form')));
  };

  const showErrors = (found: FieldErrors) => {
    setErrors(found);
    requestAnimationFrame(() => summaryRef.current?.focus());
  };

  const handleFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    const problem =
      chosen.length > REPORT_LIMITS.screenshotsMax
        ? `Choose at most ${REPORT_LIMITS.screenshotsMax} screenshots.`
        : chosen.find((f) => !ACCEPTED.includes(f.type))
          ? `"${chosen.find((f) => !ACCEPTED.includes(f.type))!.name}" is not a PNG, JPEG or WebP picture.`
          : chosen.find((f) => f.size > REPORT_LIMITS.screenshotBytesMax)
            ? `"${chosen.find((f) => f.size > REPORT_LIMITS.screenshotBytesMax)!.name}" is larger than 5 MB.`
            : undefined;
    setErrors((e) => ({ ...e, screenshots: problem }));
    setFiles(problem ? [] : chosen);
    if (problem) event.target.value = '';
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const found: FieldErrors = {};
    if (String(form.get('description') ?? '').trim().length < 10)
      found.description = 'Say what happened, in at least 10 characters.';
    if (!form.get('platform')) found.platform = 'Choose where it happened.';
    if (!form.get('happenedAt')) found.happenedAt = 'Give the date it happened (roughly is fine).';
    if (!form.get('reporterType')) found.reporterType = 'Say whether you are a student, staff or someone else.';
    if (String(form.get('reporterEmail') ?? '').trim() && !form.get('consentToContact'))
      found.consentToContact = 'Tick the box so that we may e-mail you, or leave the e-mail address empty.';
    if (Object.keys(found).length > 0) return showErrors(found);

    // The check usually finished while the form was filled in; if not, it is finished now.
    let altcha = String(form.get('altcha') ?? '');
    if (!altcha) {
      const result = await pow.current?.verify().catch(() => null);
      altcha = result?.payload ?? '';
    }
    const body = new FormData();
    for (const name of ['platform', 'link', 'description', 'happenedAt', 'involved', 'reporterEmail', 'reporterType'])
      body.append(name, String(form.get(name) ?? '').trim());
    body.append('consentToContact', form.get('consentToContact') ? 'true' : 'false');
    body.append('altcha', altcha);
    for (const file of files) body.append('screenshots', file, file.name);

    submit.mutate(body, {
      onError: (error) => {
        const control = error instanceof ReportRejected ? controlOf(error.field) : null;
        showErrors({ [control ?? 'form']: error.message });
        if (control === 'altcha') pow.current?.reset();
      },
    });
  };

  if (submit.isSuccess)
    return (
      <section className="report-done" aria-labelledby={`${id}-done`}>
        <h2 id={`${id}-done`} tabIndex={-1} ref={doneRef}>
          Thank you: your report has been sent
        </h2>
        <p>
          Your reference number is <strong className="report-done__reference">{submit.data.reference}</strong>. Keep it:
          quote it if you contact us about this report.
        </p>
        <p>
          The Communications Unit will look at it.{' '}
          {email ? 'We have e-mailed you the reference, and will write if we need to know more.' : ''}
        </p>
        <p>If anyone is in immediate danger, call 999 now (or 112 from outside the UK).</p>
      </section>
    );

  const errorList = Object.entries(errors).filter((e): e is [string, string] => Boolean(e[1]));
  const invalid = (name: string) => (errors[name] ? { 'aria-invalid': true as const } : {});
  const describedBy = (name: string, hint = false) =>
    [hint ? `${id}-${name}-hint` : '', errors[name] ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  const fieldError = (name: string) =>
    errors[name] ? (
      <p className="report-field__error" id={`${id}-${name}-error`}>
        {errors[name]}
      </p>
    ) : null;

  return (
    <form
      className="report-form"
      noValidate
      onSubmit={(e) => void handleSubmit(e)}
      onChange={handleChange}
      aria-describedby={`${id}-intro`}
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
      <p id={`${id}-intro`} className="report-form__intro">
        Tell us about posts or messages that break the Student Social Media Policy, including in private groups we
        cannot see. Fields marked optional can be left empty. How we use and keep what you send is in our{' '}
        <Link to="/privacy">privacy notice</Link>.
      </p>

      <div className="report-field">
        <label htmlFor={`${id}-description`}>What happened?</label>
        <p className="report-field__hint" id={`${id}-description-hint`}>
          Describe what was posted or sent, and why it worries you. Up to {REPORT_LIMITS.descriptionMax} characters.
        </p>
        {fieldError('description')}
        <textarea
          id={`${id}-description`}
          name="description"
          rows={6}
          required
          maxLength={REPORT_LIMITS.descriptionMax}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          aria-describedby={describedBy('description', true)}
          {...invalid('description')}
        />
        <p className="report-field__count" aria-live="polite">
          {description.length} of {REPORT_LIMITS.descriptionMax} characters
        </p>
      </div>

      <div className="report-field">
        <label htmlFor={`${id}-platform`}>Where did it happen?</label>
        {fieldError('platform')}
        <select
          id={`${id}-platform`}
          name="platform"
          required
          defaultValue=""
          aria-describedby={describedBy('platform')}
          {...invalid('platform')}
        >
          <option value="" disabled>
            Choose…
          </option>
          {REPORTED_PLATFORMS.map((p) => (
            <option key={p} value={p}>
              {REPORTED_PLATFORM_LABELS[p]}
            </option>
          ))}
        </select>
      </div>

      <div className="report-field">
        <label htmlFor={`${id}-link`}>Link to the post or group (optional)</label>
        <p className="report-field__hint" id={`${id}-link-hint`}>
          Only if there is one; messages in private chats usually have none.
        </p>
        {fieldError('link')}
        <input
          id={`${id}-link`}
          name="link"
          type="url"
          inputMode="url"
          maxLength={REPORT_LIMITS.linkMax}
          placeholder="https://"
          aria-describedby={describedBy('link', true)}
          {...invalid('link')}
        />
      </div>

      <div className="report-field">
        <label htmlFor={`${id}-happenedAt`}>When did it happen?</label>
        {fieldError('happenedAt')}
        <input
          id={`${id}-happenedAt`}
          name="happenedAt"
          type="date"
          required
          max={today()}
          aria-describedby={describedBy('happenedAt')}
          {...invalid('happenedAt')}
        />
      </div>

      <div className="report-field">
        <label htmlFor={`${id}-involved`}>Who is involved? (optional)</label>
        <p className="report-field__hint" id={`${id}-involved-hint`}>
          Names, usernames or groups, if you know them.
        </p>
        {fieldError('involved')}
        <input
          id={`${id}-involved`}
          name="involved"
          type="text"
          maxLength={REPORT_LIMITS.involvedMax}
          aria-describedby={describedBy('involved', true)}
          {...invalid('involved')}
        />
      </div>

      <div className="report-field">
        <label htmlFor={`${id}-screenshots`}>Screenshots (optional)</label>
        <p className="report-field__hint" id={`${id}-screenshots-hint`}>
          Up to {REPORT_LIMITS.screenshotsMax} pictures (PNG, JPEG or WebP), at most{' '}
          {REPORT_LIMITS.screenshotBytesMax / MB} MB each. We remove location and camera details from them.
        </p>
        {fieldError('screenshots')}
        <input
          id={`${id}-screenshots`}
          name="screenshots"
          type="file"
          accept={ACCEPTED.join(',')}
          multiple
          onChange={handleFiles}
          aria-describedby={describedBy('screenshots', true)}
          {...invalid('screenshots')}
        />
        {files.length > 0 && (
          <ul className="report-files" aria-label="Screenshots chosen">
            {files.map((f) => (
              <li key={`${f.name}-${f.size}`}>
                {f.name} <span className="report-field__hint">({sizeOf(f.size)})</span>
              </li>
            ))}
          </ul>
        )}
      </div>

      <fieldset className="report-field" aria-describedby={describedBy('reporterType')}>
        <legend>Are you…</legend>
        {fieldError('reporterType')}
        {REPORTER_TYPES.map((type) => (
          <label key={type} className="report-choice">
            <input type="radio" name="reporterType" value={type} required {...invalid('reporterType')} />{' '}
            {REPORTER_LABELS[type]}
          </label>
        ))}
      </fieldset>

      <div className="report-field">
        <label htmlFor={`${id}-reporterEmail`}>Your e-mail address (optional)</label>
        <p className="report-field__hint" id={`${id}-reporterEmail-hint`}>
          So that we can send you a reference and tell you what happens next. Only the staff who handle reports see it,
          and it is deleted when the case is closed. Leave it empty to report anonymously.
        </p>
        {fieldError('reporterEmail')}
        <input
          id={`${id}-reporterEmail`}
          name="reporterEmail"
          type="email"
          autoComplete="email"
          maxLength={REPORT_LIMITS.emailMax}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          aria-describedby={describedBy('reporterEmail', true)}
          {...invalid('reporterEmail')}
        />
        {fieldError('consentToContact')}
        <label className="report-choice">
          <input
            type="checkbox"
            name="consentToContact"
            value="true"
            disabled={!email.trim()}
            aria-describedby={describedBy('consentToContact')}
            {...invalid('consentToContact')}
          />{' '}
          You may contact me at this address about this report
        </label>
      </div>

      <div className="report-field">
        <p className="report-field__label" id={`${id}-altcha-label`}>
          Anti-spam check
        </p>
        <p className="report-field__hint">Your browser does a moment of work; no data leaves it for this.</p>
        {fieldError('altcha')}
        <ProofOfWork
          ref={(el) => {
            pow.current = el as ProofOfWorkHandle | null;
          }}
        />
      </div>

      <button type="submit" className="report-form__submit" disabled={submit.isPending}>
        {submit.isPending ? 'Sending…' : 'Send report'}
      </button>
    </form>
  );
}
