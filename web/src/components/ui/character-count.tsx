import { ErrorAlert } from './error-alert';

type Props = {
  /** named by the text box's aria-describedby */
  id: string;
  length: number;
  max: number;
  className?: string;
  /** what the box holds ("reply", "outcome note"): past the limit, says why it cannot be sent yet */
  what?: string;
};

/**
 * "N of M characters" under a text box the server limits. A box with `what` has no maxLength, so
 * a long paste is kept whole to be cut down rather than silently cut off.
 */
export function CharacterCount({ id, length, max, className = 'muted', what }: Props) {
  const limit = max.toLocaleString('en-GB');
  return (
    <>
      <p id={id} className={className}>
        {length.toLocaleString('en-GB')} of {limit} characters
      </p>
      {what && length > max && (
        <ErrorAlert>
          The {what} is longer than the {limit} characters it can hold: shorten it first.
        </ErrorAlert>
      )}
    </>
  );
}
