import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { safeHttpUrl } from '@ou-listening/shared';
import { ExternalLink } from './external-link';

describe('ExternalLink', () => {
  afterEach(cleanup);

  it('links an https address in a new tab without a referrer', () => {
    render(<ExternalLink href="https://x.com/ou/status/1">the post</ExternalLink>);
    const link = screen.getByRole('link', { name: 'the post' });
    expect(link.getAttribute('href')).toBe('https://x.com/ou/status/1');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each(['data:text/html,<script>alert(1)</script>', 'javascript:alert(1)', ' JAVASCRIPT:alert(1)', 'not a url', ''])(
    'shows the fallback, not a link, for %j',
    (href) => {
      render(
        <ExternalLink href={href} fallback="no link">
          the post
        </ExternalLink>,
      );
      expect(screen.queryByRole('link')).toBeNull();
      expect(screen.getByText('no link')).toBeTruthy();
    },
  );

  it('accepts only http and https', () => {
    expect(safeHttpUrl('http://example.org/a')).toBe('http://example.org/a');
    expect(safeHttpUrl('ftp://example.org/a')).toBeNull();
    expect(safeHttpUrl(null)).toBeNull();
  });
});
