import type { ReactNode } from 'react';
import type { FieldErrors } from './report-validation';

/** What ties a control to its label, hint and error: ids built from one form id and the field's name. */
export type FieldIds = { id: string; errors: FieldErrors };

/** `aria-invalid` while the field has an error, nothing otherwise. */
export const invalidProps = ({ errors }: FieldIds, name: string) =>
  errors[name] ? { 'aria-invalid': true as const } : {};

/** What describes a field (its hint, its error), and whether it is invalid. */
export function describedProps(ids: FieldIds, name: string, hint = false) {
  const { id, errors } = ids;
  const describedBy =
    [hint ? `${id}-${name}-hint` : '', errors[name] ? `${id}-${name}-error` : ''].filter(Boolean).join(' ') ||
    undefined;
  return { 'aria-describedby': describedBy, ...invalidProps(ids, name) };
}

/** The attributes of a field's control: its id and name, what describes it, and whether it is invalid. */
export const controlProps = (ids: FieldIds, name: string, hint = false) => ({
  id: `${ids.id}-${name}`,
  name,
  ...describedProps(ids, name, hint),
});

export function FieldError({ ids: { id, errors }, name }: { ids: FieldIds; name: string }) {
  return errors[name] ? (
    <p className="report-field__error" id={`${id}-${name}-error`}>
      {errors[name]}
    </p>
  ) : null;
}

type Props = { ids: FieldIds; name: string; label: string; hint?: ReactNode; children: ReactNode };

/** One question of the form: its label, an optional hint, its error, then the control. */
export function ReportField({ ids, name, label, hint, children }: Props) {
  return (
    <div className="report-field">
      <label htmlFor={`${ids.id}-${name}`}>{label}</label>
      {hint && (
        <p className="report-field__hint" id={`${ids.id}-${name}-hint`}>
          {hint}
        </p>
      )}
      <FieldError ids={ids} name={name} />
      {children}
    </div>
  );
}
