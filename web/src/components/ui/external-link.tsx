import { safeHttpUrl } from '@ou-listening/shared';
import type { ReactNode } from 'react';

type Props = {
  href: string | null | undefined;
  children: ReactNode;
  /** shown instead of a link when there is no safe address */
  fallback?: ReactNode;
};

/**
 * The one way to link to a stored address: only http(s) becomes a link, opened in a new tab
 * without a referrer or a handle on this window. A `data:` or `javascript:` URL is shown as nothing.
 */
export function ExternalLink({ href, children, fallback = '—' }: Props) {
  const url = safeHttpUrl(href);
  if (!url) return <>{fallback}</>;
  return (
    <a href={url} target="_blank" rel="noopener noreferrer">
      {children}
    </a>
  );
}
