import type { InputHTMLAttributes, RefObject } from 'react';
import { ApiRequestError } from '../../../lib/api-client';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange'> & {
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  inputRef?: RefObject<HTMLInputElement | null>;
};

/** A labelled text input of the account forms: the label wraps the input, so its name is the label. */
export function FormField({ label, value, onValueChange, inputRef, ...input }: Props) {
  return (
    <label>
      {label}
      <input {...input} ref={inputRef} value={value} onChange={(e) => onValueChange(e.target.value)} />
    </label>
  );
}

/**
 * What an account form says when the server refused it: the server's own message for the answers
 * it explains (`shown`), otherwise that it could not be reached.
 */
export function refusalMessage(error: Error | null, shown: (status: number) => boolean): string | undefined {
  if (!error) return undefined;
  return error instanceof ApiRequestError && shown(error.status)
    ? error.message
    : 'The server could not be reached. Try again in a moment.';
}
