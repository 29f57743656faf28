import type { ButtonHTMLAttributes } from 'react';

type Variant = 'default' | 'primary' | 'danger' | 'link';

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { variant?: Variant; small?: boolean };

const CLASSES: Record<Variant, string> = {
  default: 'button',
  primary: 'button button--primary',
  danger: 'button button--danger',
  link: 'link-button',
};

/** The kit's button: a `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = 'default', small = false, className, type = 'button', ...rest }: Props) {
  const classes = [CLASSES[variant], small ? 'button--small' : '', className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
