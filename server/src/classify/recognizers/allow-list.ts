/**
 * The University's own published contact details. An organisation's address or switchboard is
 * not personal data, and posts that share them ("ring the OU on 0300 303 5303") are helpful.
 */

/** E.164 forms of published OU numbers. */
export const OU_PHONE_NUMBERS: ReadonlySet<string> = new Set([
  '+443003035303', // Student Recruitment and general enquiries (0300 303 5303)
  '+441908274066', // Walton Hall switchboard (01908 274066)
  '+441908653231', // Published enquiries line (01908 653231)
]);

/** Campus postcodes, compared without spaces. */
export const OU_POSTCODES: ReadonlySet<string> = new Set(['MK76AA']);

/** Named campus addresses that recognizers must not report. */
export const OU_ADDRESS_NAMES: readonly string[] = ['walton hall', 'kents hill'];

const OU_EMAIL_DOMAINS = /(?:^|\.)open\.ac\.uk$|(?:^|\.)openuniversity\.(?:co\.uk|edu)$|^oustudents\.com$/;

// Role mailboxes staff share publicly; a named person's address (jane.doe@open.ac.uk) stays personal.
const ROLE_LOCAL_PARTS = new Set([
  'general-enquiries',
  'enquiries',
  'info',
  'help',
  'studenthelp',
  'student-help',
  'press',
  'media',
  'media-relations',
  'communications',
  'socialmedia',
  'social-media',
  'complaints',
  'foi',
  'foi-requests',
  'data-protection',
  'dataprotection',
  'accessibility',
  'admissions',
  'careers',
  'alumni',
  'library-help',
  'research-enquiries',
  'safeguarding',
  'webmaster',
  'noreply',
  'no-reply',
]);

export function isOuPhoneNumber(e164: string): boolean {
  return OU_PHONE_NUMBERS.has(e164);
}

/**
 * A number an organisation answers rather than a person: one of the OU's published numbers, or a
 * UK non-geographic number (03, 080, 084, 087: helplines, Student Finance, Samaritans' 116 123 is
 * too short to be phone-shaped). Digits as written, any spacing, with or without +44.
 */
export function isOrganisationNumber(written: string): boolean {
  const digits = written.replace(/\D/g, '');
  const national = digits.startsWith('44') ? `0${digits.slice(2)}` : digits;
  if (OU_PHONE_NUMBERS.has(`+44${national.slice(1)}`)) return true;
  return /^0(?:3\d|80|84|87)\d{7,8}$/.test(national);
}

export function isOuPostcode(postcode: string): boolean {
  return OU_POSTCODES.has(postcode.replace(/\s+/g, '').toUpperCase());
}

export function isOuRoleEmail(email: string): boolean {
  const [local = '', domain = ''] = email.toLowerCase().split('@');
  if (!OU_EMAIL_DOMAINS.test(domain)) return false;
  return ROLE_LOCAL_PARTS.has(local) || /(?:^|-)(?:enquiries|help|support|office|team)$/.test(local);
}
