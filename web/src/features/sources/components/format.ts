import type { SourceState } from '@ou-listening/shared';

export function formatTime(iso: string | null, now = Date.now()): string {
  if (!iso) return '—';
  const at = new Date(iso);
  const seconds = Math.round((at.getTime() - now) / 1000);
  const rtf = new Intl.RelativeTimeFormat('en-GB', { numeric: 'auto' });
  const abs = Math.abs(seconds);
  if (abs < 60) return seconds <= 0 && seconds > -5 ? 'now' : rtf.format(seconds, 'second');
  if (abs < 3600) return rtf.format(Math.round(seconds / 60), 'minute');
  if (abs < 86_400) return rtf.format(Math.round(seconds / 3600), 'hour');
  return rtf.format(Math.round(seconds / 86_400), 'day');
}

export const STATE_LABELS: Record<SourceState, string> = {
  active: 'Active',
  disabled: 'Disabled',
  not_configured: 'Not configured',
  demo_off: 'Demo off (DEMO=off)',
  rate_limited: 'Rate-limited',
};
