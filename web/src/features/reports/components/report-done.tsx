import { type Ref, useId } from 'react';

type Props = { reference: string; emailed: boolean; headingRef: Ref<HTMLHeadingElement> };

/** What a person sees once the report is in: the reference to quote, and where to turn in an emergency. */
export function ReportDone({ reference, emailed, headingRef }: Props) {
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
      <p>
        The Communications Unit will look at it.{' '}
        {emailed ? 'We have e-mailed you the reference, and will write if we need to know more.' : ''}
      </p>
      <p>If anyone is in immediate danger, call 999 now (or 112 from outside the UK).</p>
    </section>
  );
}
