/** Only same-site paths: an open redirect would let a link send people elsewhere afterwards. */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/';
}
