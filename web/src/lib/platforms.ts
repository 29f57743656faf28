/** The one set of platform names the dashboard shows (queue, history, trends): "bluesky" reads "Bluesky". */
const PLATFORM_LABELS: Record<string, string> = {
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
};

/** A platform's name as people know it; an unknown code is shown as it is. */
export const platformLabel = (platform: string) => PLATFORM_LABELS[platform] ?? platform;
