import { REPORT_LIMITS } from '@ou-listening/shared';

export type FieldErrors = Partial<Record<string, string>>;

export const MB = 1024 * 1024;
export const ACCEPTED = ['image/png', 'image/jpeg', 'image/webp'];

const HEIC = /\.hei[cf]$/i;
const sameFile = (a: File, b: File) => a.name === b.name && a.size === b.size;

/** Why one picture cannot be sent, and what to do instead; undefined when it can. */
function pictureProblem(file: File): string | undefined {
  if (file.type === 'image/heic' || file.type === 'image/heif' || HEIC.test(file.name))
    return `"${file.name}" is a HEIC photo, which we cannot take: take a screenshot instead, or save it as JPEG or PNG.`;
  if (!ACCEPTED.includes(file.type))
    return `"${file.name}" is not a PNG, JPEG or WebP picture: take a screenshot instead, or save it as JPEG or PNG.`;
  if (file.size > REPORT_LIMITS.screenshotBytesMax)
    return `"${file.name}" is larger than ${REPORT_LIMITS.screenshotBytesMax / MB} MB: take a screenshot of the part that matters instead.`;
  return undefined;
}

/**
 * The screenshots once those just chosen are added to those already there (on a phone people add
 * them one at a time). A file already in the list is skipped; a file that cannot be sent is
 * refused on its own, with what to do instead, and the good ones stay.
 */
export function addScreenshots(kept: File[], chosen: File[]): { files: File[]; problem?: string } {
  const files = [...kept];
  const problems: string[] = [];
  const over: string[] = [];
  for (const file of chosen) {
    if (files.some((f) => sameFile(f, file))) continue;
    const problem = pictureProblem(file);
    if (problem) problems.push(problem);
    else if (files.length >= REPORT_LIMITS.screenshotsMax) over.push(`"${file.name}"`);
    else files.push(file);
  }
  if (over.length > 0)
    problems.push(
      `${over.join(', ')} not added: at most ${REPORT_LIMITS.screenshotsMax} screenshots. Remove one to add another.`,
    );
  return problems.length > 0 ? { files, problem: problems.join(' ') } : { files };
}

/** As the server checks it: something@somewhere.tld, with no spaces. */
const EMAIL = /^[^\s@]{1,64}@[^\s@]+\.[^\s@]{2,}$/;

/** Today in the UK, as the date input writes it (yyyy-mm-dd). */
export function ukToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(now);
}

function isWebAddress(text: string): boolean {
  try {
    return ['https:', 'http:'].includes(new URL(text).protocol);
  } catch {
    return false;
  }
}

/**
 * Every field a person must fix before the report is sent, all at once and in the form's own words
 * (the server refuses one field at a time).
 */
export function validateReport(form: FormData, today = ukToday()): FieldErrors {
  const found: FieldErrors = {};
  const text = (name: string) => String(form.get(name) ?? '').trim();
  if (text('description').length < 10) found.description = 'Say what happened, in at least 10 characters.';
  if (!form.get('platform')) found.platform = 'Choose where it happened.';
  if (text('link') && !isWebAddress(text('link')))
    found.link = 'The link must be a web address starting with https:// or http:// (or leave it empty).';
  const happenedAt = text('happenedAt');
  if (!happenedAt) found.happenedAt = 'Give the date it happened (roughly is fine).';
  else if (happenedAt.slice(0, 10) > today)
    found.happenedAt = 'The date it happened is in the future. Give a date no later than today.';
  if (!form.get('reporterType')) found.reporterType = 'Say whether you are a student, staff or someone else.';
  const email = text('reporterEmail');
  if (email && (email.length > REPORT_LIMITS.emailMax || !EMAIL.test(email)))
    found.reporterEmail = 'That is not an e-mail address. Correct your e-mail address, or leave it empty.';
  else if (email && !form.get('consentToContact'))
    found.consentToContact = 'Tick the box so that we may e-mail you, or leave the e-mail address empty.';
  return found;
}

/** The multipart body the server takes: trimmed fields, the consent as a boolean, the screenshots. */
export function reportBody(form: FormData, altcha: string, files: File[]): FormData {
  const body = new FormData();
  for (const name of ['platform', 'link', 'description', 'happenedAt', 'involved', 'reporterEmail', 'reporterType'])
    body.append(name, String(form.get(name) ?? '').trim());
  body.append('consentToContact', form.get('consentToContact') ? 'true' : 'false');
  body.append('altcha', altcha);
  for (const file of files) body.append('screenshots', file, file.name);
  return body;
}

/** The server names fields as the form sends them; screenshots[2] is the screenshots control. */
export function controlOf(field: string | null): string | null {
  if (!field) return null;
  return field.startsWith('screenshots') ? 'screenshots' : field;
}
