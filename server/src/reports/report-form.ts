import {
  REPORT_LIMITS,
  REPORTED_PLATFORM_LABELS,
  REPORTED_PLATFORMS,
  REPORTER_TYPES,
  type ReportedPlatform,
  type ReporterType,
} from '@ou-listening/shared';
import { withoutDirectionControls } from '../common/direction-controls.pipe.js';
import { hasUnsafeCharacter } from '../common/unsafe-text.pipe.js';
import { ReportRefused } from './reports.errors.js';

/** The text fields of the multipart form as multer hands them over. */
export type RawReportFields = Record<string, unknown>;

export type ReportForm = {
  altcha: string | undefined;
  platform: ReportedPlatform;
  link: string | null;
  description: string;
  happenedAt: string;
  /** when it happened as a time, for the mention's posted_at */
  happenedAtTime: Date;
  involved: string | null;
  reporterEmail: string | null;
  consentToContact: boolean;
  reporterType: ReporterType;
};

/**
 * The fields in the words the public form uses for them: a refusal is read by the person filling
 * it in (beside the field the response's `field` names), so it never shows the API's names.
 */
const FIELD_WORDS: Record<string, string> = {
  altcha: 'The anti-spam check',
  platform: 'Where it happened',
  link: 'The link',
  description: 'What happened',
  happenedAt: 'The date it happened',
  involved: 'Who is involved',
  reporterEmail: 'Your e-mail address',
  consentToContact: 'The agreement to be contacted',
  reporterType: 'Who you are',
};
const KNOWN = new Set(Object.keys(FIELD_WORDS));
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/;
const DAY_MS = 86_400_000;

/**
 * Reads the form, one field at a time, and refuses with the first field that is wrong and what to
 * change. Every field has a length limit; unknown fields are refused rather than dropped.
 */
export function readReportForm(fields: RawReportFields, now: Date): ReportForm {
  for (const [name, value] of Object.entries(fields)) {
    if (!KNOWN.has(name))
      throw new ReportRefused(
        name.slice(0, 60),
        `${name.slice(0, 60)} is not a field of the report form. Leave it out.`,
      );
    if (typeof value !== 'string')
      throw new ReportRefused(
        name,
        `${FIELD_WORDS[name]} was sent more than once or in pieces. Send it once, as text.`,
      );
    if (hasUnsafeCharacter(value))
      throw new ReportRefused(
        name,
        `${FIELD_WORDS[name]} contains a character that cannot be stored (NUL or a broken emoji). Remove it.`,
      );
  }
  // A browser sends each line break as CRLF: counted as one, as the form's counter counts it. Text-direction
  // overrides (U+202A–E, U+2066–9) are dropped: they can make "gnp.exe" read "exe.png" to the staff who act on it.
  const text = (name: string): string =>
    withoutDirectionControls(((fields[name] as string | undefined) ?? '').replace(/\r\n?/g, '\n')).trim();

  const platform = text('platform');
  if (!platform)
    throw new ReportRefused('platform', 'Choose where it happened (WhatsApp, Discord, …, or "Somewhere else").');
  if (!(REPORTED_PLATFORMS as readonly string[]).includes(platform))
    throw new ReportRefused(
      'platform',
      `Where it happened must be one of ${REPORTED_PLATFORMS.map((p) => REPORTED_PLATFORM_LABELS[p]).join(', ')}.`,
    );

  const link = text('link') || null;
  if (link !== null) {
    if (link.length > REPORT_LIMITS.linkMax)
      throw new ReportRefused(
        'link',
        `The link is ${link.length} characters long; the most is ${REPORT_LIMITS.linkMax}.`,
      );
    let url: URL | undefined;
    try {
      url = new URL(link);
    } catch {
      url = undefined;
    }
    if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:'))
      throw new ReportRefused(
        'link',
        'The link must be a web address starting with https:// or http:// (or leave it empty).',
      );
  }

  const description = text('description');
  if (description.length < 10) throw new ReportRefused('description', 'Say what happened, in at least 10 characters.');
  if (description.length > REPORT_LIMITS.descriptionMax)
    throw new ReportRefused(
      'description',
      `What happened is ${description.length} characters long; the most is ${REPORT_LIMITS.descriptionMax}. Shorten it, or attach screenshots instead.`,
    );

  const happenedAt = text('happenedAt');
  const happenedAtTime = readDate(happenedAt, now);

  const involved = text('involved') || null;
  if (involved !== null && involved.length > REPORT_LIMITS.involvedMax)
    throw new ReportRefused(
      'involved',
      `Who is involved is ${involved.length} characters long; the most is ${REPORT_LIMITS.involvedMax}.`,
    );

  const reporterEmail = text('reporterEmail') || null;
  if (reporterEmail !== null && (reporterEmail.length > REPORT_LIMITS.emailMax || !EMAIL.test(reporterEmail)))
    throw new ReportRefused(
      'reporterEmail',
      'That is not an e-mail address. Correct your e-mail address, or leave it empty.',
    );
  const consent = text('consentToContact').toLowerCase();
  if (consent && !['true', 'false', 'on', 'yes', 'no'].includes(consent))
    throw new ReportRefused('consentToContact', 'The agreement to be contacted must be true or false.');
  const consentToContact = consent === 'true' || consent === 'on' || consent === 'yes';
  if (reporterEmail !== null && !consentToContact)
    throw new ReportRefused(
      'consentToContact',
      'If you give an e-mail address, tick the box to agree that we may e-mail you about this report; otherwise leave it empty.',
    );

  const reporterType = text('reporterType');
  if (!(REPORTER_TYPES as readonly string[]).includes(reporterType))
    throw new ReportRefused('reporterType', 'Say whether you are a student, staff or someone else.');

  const altcha = (fields.altcha as string | undefined) || undefined;
  return {
    altcha,
    platform: platform as ReportedPlatform,
    link,
    description,
    happenedAt,
    happenedAtTime,
    involved,
    reporterEmail: reporterEmail?.toLowerCase() ?? null,
    consentToContact: reporterEmail !== null && consentToContact,
    reporterType: reporterType as ReporterType,
  };
}

/** A calendar date (YYYY-MM-DD) or a date and time (YYYY-MM-DDTHH:MM, UK time read as UTC), not in the future. */
function readDate(raw: string, now: Date): Date {
  const match = DATE.exec(raw);
  const wrong = new ReportRefused(
    'happenedAt',
    'Give the date it happened as YYYY-MM-DD (a time, YYYY-MM-DDTHH:MM, is welcome too).',
  );
  if (!match) throw wrong;
  const [, y, mo, d, h, mi] = match;
  const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h ?? 0), Number(mi ?? 0)));
  if (date.getUTCFullYear() !== Number(y) || date.getUTCMonth() !== Number(mo) - 1 || date.getUTCDate() !== Number(d))
    throw wrong;
  if (Number(h ?? 0) > 23 || Number(mi ?? 0) > 59) throw wrong;
  if (date.getTime() > now.getTime() + DAY_MS)
    throw new ReportRefused('happenedAt', 'The date it happened is in the future. Give a date no later than today.');
  if (Number(y) < 2000) throw new ReportRefused('happenedAt', 'The date it happened must be in 2000 or later.');
  return date.getTime() > now.getTime() ? now : date;
}
