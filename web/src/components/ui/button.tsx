import type { ComponentProps } from 'react';

type Variant = 'default' | 'primary' | 'danger' | 'link' | 'on-dark';

type Props = ComponentProps<'button'> & { variant?: Variant; small?: boolean };

const CLASSES: Record<Variant, string> = {
  default: 'button',
  primary: 'button button--primary',
  danger: 'button button--danger',
  link: 'link-button',
  // on the blue header bar
  'on-dark': 'button button--on-dark',
};

/** The kit's button: a `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant = 'default', small = false, className, type = 'button', ...rest }: Props) {
  const classes = [CLASSES[variant], small ? 'button--small' : '', className ?? ''].filter(Boolean).join(' ');
  return <button type={type} className={classes} {...rest} />;
}
