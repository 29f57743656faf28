import { type Ref, useId } from 'react';

type Props = {
  reference: string;
  emailed: boolean;
  /** an e-mail address was given with the report */
  gaveEmail: boolean;
  headingRef: Ref<HTMLHeadingElement>;
};

/** Whether anything will come by e-mail, said plainly: a reporter who hears nothing should not wait for it. */
function emailWords(emailed: boolean, gaveEmail: boolean): string {
  if (emailed) return 'We have e-mailed you the reference, and will write if we need to know more.';
  if (gaveEmail)
    return 'No e-mail has been sent to you, so note the reference now. We will still write to your address if we need to know more.';
  return 'You gave no e-mail address, so we cannot tell you what happens next: note the reference now.';
}

/** What a person sees once the report is in: the reference to quote, and where to turn in an emergency. */
export function ReportDone({ reference, emailed, gaveEmail, headingRef }: Props) {
  const id = useId();
  return (
    <section className="report-done" aria-labelledby={`${id}-done`}>
      <h2 id={`${id}-done`} tabIndex={-1} ref={headingRef}>
        Thank you: your report has been sent
      </h2>
      <p>
        Your reference number is <strong className="report-done__reference">{reference}</strong>. Keep it: quote it if
        you contact us about this report.
      </p>
      <p>The Communications Unit will look at it. {emailWords(emailed, gaveEmail)}</p>
      <p>If anyone is in immediate danger, call 999 now (or 112 from outside the UK).</p>
    </section>
  );
}
