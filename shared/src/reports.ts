/** Public report intake (issue 17, policy paragraph 7.5): the form's vocabulary and the API's shapes. */

/** A report is a mention on this platform; it is never a polled source. */
export const REPORT_PLATFORM = 'report';

/** Where it happened: private spaces no monitoring reaches come first. */
export const REPORTED_PLATFORMS = [
  'whatsapp',
  'messenger',
  'discord',
  'snapchat',
  'facebook_group',
  'tiktok',
  'instagram',
  'x',
  'other',
] as const;
export type ReportedPlatform = (typeof REPORTED_PLATFORMS)[number];

export const REPORTED_PLATFORM_LABELS: Readonly<Record<ReportedPlatform, string>> = {
  whatsapp: 'WhatsApp',
  messenger: 'Messenger',
  discord: 'Discord',
  snapchat: 'Snapchat',
  facebook_group: 'Private Facebook group',
  tiktok: 'TikTok',
  instagram: 'Instagram',
  x: 'X (Twitter)',
  other: 'Somewhere else',
};

export const REPORTER_TYPES = ['student', 'staff', 'other'] as const;
export type ReporterType = (typeof REPORTER_TYPES)[number];

/** The limits the server enforces; the form shows the same ones. */
export const REPORT_LIMITS = {
  descriptionMax: 5000,
  involvedMax: 500,
  linkMax: 2000,
  emailMax: 254,
  screenshotsMax: 5,
  screenshotBytesMax: 5 * 1024 * 1024,
  /** width × height: a phone screenshot is ~3 MP; this refuses decompression bombs */
  screenshotPixelsMax: 40_000_000,
} as const;

export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp'] as const;
export type ScreenshotType = (typeof SCREENSHOT_TYPES)[number];

/** POST /api/reports → 201. emailed: the acknowledgement went to the address given (false with none, or no mail server). */
export type ReportReceipt = { reference: string; emailed: boolean };

/** A 4xx from POST /api/reports: which field, and what to do about it. */
export type ReportRefusal = { statusCode: number; error: string; message: string; field: string | null };

export type ReportScreenshotView = {
  id: string;
  position: number;
  mime: ScreenshotType;
  width: number;
  height: number;
  bytes: number;
  sha256: string;
  /** the text tesseract read in it; null while it has not been read (or OCR is off) */
  ocrText: string | null;
};

/** GET /api/reports/by-mention/:id: what comms, discipline and admin see of a report. */
export type ReportView = {
  reference: string;
  mentionId: string;
  platform: ReportedPlatform;
  link: string | null;
  happenedAt: string;
  involved: string | null;
  reporterType: ReporterType;
  /** null when none was given or it was deleted when the case closed */
  reporterEmail: string | null;
  consentToContact: boolean;
  contactDeletedAt: string | null;
  ocrStatus: 'pending' | 'done' | 'failed' | 'off';
  linkedMentionId: string | null;
  receivedAt: string;
  screenshots: ReportScreenshotView[];
};

/** POST /api/reports/by-mention/:id/link */
export type LinkReportRequest = { mentionId: string };
