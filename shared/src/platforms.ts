/**
 * Every platform a mention or its author can come from, with the name people know it by: the
 * polled sources, the OU's own pages, public reports and the demo source.
 */
export const PLATFORM_LABELS = {
  x: 'X',
  demo: 'Demo',
  mastodon: 'Mastodon',
  bluesky: 'Bluesky',
  rss: 'RSS',
  youtube: 'YouTube',
  report: 'Public report',
  reddit: 'Reddit',
  facebook: 'Facebook',
  instagram: 'Instagram',
} as const satisfies Record<string, string>;

export type PlatformCode = keyof typeof PLATFORM_LABELS;

export const PLATFORM_CODES = Object.keys(PLATFORM_LABELS) as PlatformCode[];

export function isPlatformCode(value: unknown): value is PlatformCode {
  return typeof value === 'string' && Object.hasOwn(PLATFORM_LABELS, value);
}

/** A platform's name as people know it; an unknown code is shown as it is. */
export const platformLabel = (platform: string): string =>
  isPlatformCode(platform) ? PLATFORM_LABELS[platform] : platform;
