type Style = 'short' | 'medium';

const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * A moment as people in the Communications Unit read it: UK local time (GMT or BST), whatever
 * the browser's own zone. Formatters are cached, one per style.
 */
export function formatUkTime(iso: string, { date = 'medium', time = 'short' }: { date?: Style; time?: Style } = {}) {
  const key = `${date}/${time}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-GB', { dateStyle: date, timeStyle: time, timeZone: 'Europe/London' });
    formatters.set(key, formatter);
  }
  return formatter.format(new Date(iso));
}
