import type { SafeguardingContact } from '@ou-listening/shared';
import type { Env } from './env-values.js';

const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;
const EMAIL = /^[^@\s|;]+@[^@\s|;]+$/;

/**
 * SAFEGUARDING_CONTACTS: the University's safeguarding contacts, shown beside every safeguarding
 * mention (issue 19). Entries are separated by `;`, each `name|phone|e-mail`, e.g.
 * `Safeguarding Referrals Team|01908 654321|safeguarding@open.ac.uk`. Unset: none (the panel
 * then says so); any malformed entry stops start-up.
 */
export function safeguardingContacts(env: Env, problems: string[]): SafeguardingContact[] {
  const raw = env.SAFEGUARDING_CONTACTS?.trim();
  if (!raw) return [];
  const contacts: SafeguardingContact[] = [];
  for (const entry of raw
    .split(';')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const parts = entry.split('|').map((p) => p.trim());
    const [name, phone, email] = parts;
    if (parts.length !== 3 || !name || !phone || !email) {
      problems.push(`SAFEGUARDING_CONTACTS: each entry must be name|phone|e-mail (got "${entry}")`);
      continue;
    }
    if (!PHONE.test(phone)) problems.push(`SAFEGUARDING_CONTACTS: "${phone}" is not a phone number (in "${entry}")`);
    if (!EMAIL.test(email)) problems.push(`SAFEGUARDING_CONTACTS: "${email}" is not an e-mail address (in "${entry}")`);
    contacts.push({ name, phone, email });
  }
  return contacts;
}
