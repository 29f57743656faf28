import type { ImpersonationVerdict } from './authors.js';

/**
 * Policy 5.2: an account whose name or handle presents it as the Open University or its Students
 * Association. Only the name and handle are read (a bio that says "Open University student" is a
 * student). A name is impersonation when, after the OU's name, it claims to speak for it
 * ("Open University Official", "OU_Admissions", "Open Uni Support") or is the bare name itself;
 * a handle or name that merely contains "ou" or says the person studies there ("ou_fan",
 * "OU student Sam", "proud OU grad") is not. Accounts on the admins' official list never are.
 */
const OFFICIAL_WORDS = [
  'official',
  'officiel',
  'admissions',
  'admission',
  'admin',
  'support',
  'help',
  'helpdesk',
  'helpline',
  'team',
  'staff',
  'hq',
  'uk',
  'news',
  'press',
  'media',
  'info',
  'enquiries',
  'enquiry',
  'contact',
  'service',
  'services',
  'studenthelp',
  'finance',
  'fees',
  'registry',
  'exams',
  'results',
  'careers',
  'library',
  'it',
  'verify',
  'verified',
  'refunds',
  'scholarships',
  'bursary',
];

const OU_NAMES = [
  'open university',
  'openuniversity',
  'open uni',
  'openuni',
  'the open university',
  'theopenuniversity',
];

/** Splits camelCase and separators into lower-case words: "OU_Admissions" → ["ou", "admissions"]. */
function words(value: string): string[] {
  return value
    .normalize('NFKC')
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .replace(/([A-Za-z])(\d)/g, '$1 $2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** What the words after the OU's name say: only official-sounding words (and digits) count as a claim. */
function claimsOffice(rest: string[]): boolean {
  if (rest.length === 0) return true;
  const official = (w: string) => OFFICIAL_WORDS.includes(w);
  // "Student" is neutral: "OU Student Support" claims an office, "OU student Sam" does not.
  rest = rest.filter((w) => w !== 'student' && w !== 'students');
  if (rest.length === 0) return false;
  // Digits may follow an office ("OU_Support24") but do not make one ("ou_2024" is a student's year).
  return rest.some(official) && rest.every((w) => official(w) || /^\d+$/.test(w));
}

function verdictFor(value: string): ImpersonationVerdict | null {
  const w = words(value);
  if (w.length === 0) return null;
  const text = w.join(' ');
  // The Students Association: OUSA, OU Students Association, Open University Students Association.
  const ousa =
    /^(ousa|ou students? association|open university students? association|the open university students? association)\b/.exec(
      text,
    );
  if (ousa) {
    const rest = text.slice(ousa[0].length).trim();
    if (claimsOffice(rest ? rest.split(' ') : [])) return { policy: '5.2', presentsAs: 'OUSA', matched: value };
    return null;
  }
  for (const name of OU_NAMES) {
    if (text === name || text.startsWith(`${name} `)) {
      const rest = text.slice(name.length).trim();
      if (claimsOffice(rest ? rest.split(' ') : [])) return { policy: '5.2', presentsAs: 'OU', matched: value };
      return null;
    }
  }
  // "OU" alone is two letters many handles contain: only "OU" as a whole first word followed by an office.
  if (w[0] === 'ou' && w.length > 1 && claimsOffice(w.slice(1)))
    return { policy: '5.2', presentsAs: 'OU', matched: value };
  return null;
}

export function impersonationOf(
  account: { handle: string | null; displayName: string | null },
  official: readonly string[],
): ImpersonationVerdict | null {
  // Only a handle makes an account official: handles are unique on a platform, names are not.
  const handle = account.handle?.replace(/^@/, '').toLowerCase();
  if (handle && official.some((o) => o.replace(/^@/, '').toLowerCase() === handle)) return null;
  for (const value of [account.handle, account.displayName]) {
    if (!value) continue;
    const verdict = verdictFor(value.replace(/^@/, ''));
    if (verdict) return verdict;
  }
  return null;
}
