import { type ChangeEvent, type FormEvent, useEffect, useRef, useState } from 'react';
import { ReportRejected, useSubmitReport } from '../api/submit-report';
import { type ProofOfWorkHandle, proofOfWorkAnswer } from './proof-of-work';
import { addScreenshots, controlOf, type FieldErrors, reportBody, validateReport } from './report-validation';

/** The report form's state: its errors, the screenshots chosen, and sending it once it checks out. */
export function useReportForm() {
  const submit = useSubmitReport();
  const pow = useRef<ProofOfWorkHandle | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const doneRef = useRef<HTMLHeadingElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  /** from the press of Send until the server answers: a second press sends nothing */
  const [checking, setChecking] = useState(false);
  const sending = useRef(false);

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

  /** Files chosen join those already there; the input is emptied so the same file can be chosen again after removing it. */
  const handleFiles = (event: ChangeEvent<HTMLInputElement>) => {
    const { files: kept, problem } = addScreenshots(files, [...(event.target.files ?? [])]);
    setFiles(kept);
    setErrors((e) => ({ ...e, screenshots: problem }));
    event.target.value = '';
  };

  const handleRemoveFile = (file: File) => {
    setFiles((chosen) => chosen.filter((f) => f !== file));
    setErrors((e) => ({ ...e, screenshots: undefined }));
  };

  const handleSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (sending.current) return;
    const form = new FormData(event.currentTarget);
    const found = validateReport(form);
    if (Object.keys(found).length > 0) return showErrors(found);

    // The check usually finished while the form was filled in; if not, it is finished (or waited for) now.
    sending.current = true;
    setChecking(true);
    const altcha = await proofOfWorkAnswer(pow.current, String(form.get('altcha') ?? ''));
    setChecking(false);
    submit.mutate(reportBody(form, altcha, files), {
      onError: (error) => {
        const control = error instanceof ReportRejected ? controlOf(error.field) : null;
        showErrors({ [control ?? 'form']: error.message });
        if (control === 'altcha') pow.current?.reset();
      },
      onSettled: () => {
        sending.current = false;
      },
    });
  };

  return {
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
  };
}
