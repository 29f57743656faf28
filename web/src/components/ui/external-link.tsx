import type { ReactNode } from 'react';

/** The URL if it is an http(s) address, else null: a stored post URL comes from a platform, not from us. */
export function safeHttpUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : null;
  } catch {
    return null;
  }
}

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
