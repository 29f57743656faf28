/**
 * Writes the classifier's training corpus (harmful.jsonl, harmless.jsonl) from hand-written
 * templates and slot fillers. Deterministic: the same script always writes the same files.
 *
 *   npm run build -w shared && npm run build -w server && node server/dist/server/tools/classifier/generate-corpus.js
 *
 * Template syntax: `[a|b|c]` picks one alternative, `{slot}` picks a filler from SLOTS (fillers
 * may themselves contain alternatives). Every post keeps its template id so the validation split
 * can hold out whole templates. Written for this project; nothing here comes from the eval sets.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CategoryCode } from '@ou-listening/shared';
import { seededRandom } from '../../src/common/seeded-random.js';
import { findCorpusDir } from '../../src/classify/corpus.js';
import { HARMFUL_TEMPLATES, HARMLESS_TEMPLATES, type Template } from './templates.js';

type Rng = () => number;

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;
const digits = (rng: Rng, n: number): string => Array.from({ length: n }, () => Math.floor(rng() * 10)).join('');

const FIRST = [
  'Megan',
  'Tom',
  'Aisha',
  'Callum',
  'Priya',
  'Gareth',
  'Siobhan',
  'Dev',
  'Hannah',
  'Kwame',
  'Rhys',
  'Fatima',
  'Liam',
  'Zoe',
  'Owen',
  'Grace',
  'Imran',
  'Chloe',
  'Niamh',
  'Ben',
];
const LAST = [
  'Harris',
  'Patel',
  'Jones',
  'Okafor',
  'MacLeod',
  'Evans',
  'Khan',
  'Byrne',
  'Thompson',
  'Nowak',
  'Reid',
  'Singh',
  'Walsh',
  'Hughes',
  'Price',
  'Ahmed',
];
const STREETS = [
  'Church',
  'Mill',
  'Station',
  'Victoria',
  'Queens',
  'Park',
  'Oak',
  'Willow',
  'Beech',
  'High',
  'Manor',
  'Kingfisher',
  'Orchard',
  'Silver',
  'Meadow',
  'St Johns',
];
const SUFFIX = [
  'Road',
  'Street',
  'Lane',
  'Close',
  'Avenue',
  'Drive',
  'Way',
  'Crescent',
  'Grove',
  'Gardens',
  'Terrace',
  'Mews',
];
const AREAS = ['MK', 'NE', 'LS', 'B', 'M', 'CF', 'EH', 'BT', 'SW', 'NG', 'BS', 'L', 'G', 'PE', 'OX', 'CB'];
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';
const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const NINO_FIRST = 'ABCEGHJKLMNOPRSTWXYZ';
const NINO_SECOND = 'ABCEGHJKLMNPRSTWXYZ';

function luhnCard(rng: Rng): string {
  const body = '4' + digits(rng, 14);
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = Number(body[body.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  const full = body + ((10 - (sum % 10)) % 10);
  return pick(rng, [full, full.replace(/(\d{4})(?=\d)/g, '$1 '), full.replace(/(\d{4})(?=\d)/g, '$1-')]);
}

function nino(rng: Rng): string {
  let prefix: string;
  do prefix = pick(rng, [...NINO_FIRST]) + pick(rng, [...NINO_SECOND]);
  while (['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ'].includes(prefix));
  const d = digits(rng, 6);
  const suffix = pick(rng, ['A', 'B', 'C', 'D']);
  return pick(rng, [`${prefix}${d}${suffix}`, `${prefix} ${d.slice(0, 2)} ${d.slice(2, 4)} ${d.slice(4)} ${suffix}`]);
}

function phone(rng: Rng): string {
  const tail3 = digits(rng, 3);
  return pick(rng, [
    `07700 900${tail3}`,
    `07700900${tail3}`,
    `+44 7700 900${tail3}`,
    `07700 900 ${tail3}`,
    `01632 960${tail3}`,
    `(01632) 960${tail3}`,
    `07${pick(rng, ['4', '5', '7', '8', '9'])}${digits(rng, 2)} ${digits(rng, 6)}`,
    `07${pick(rng, ['4', '5', '7', '8', '9'])}${digits(rng, 8)}`,
  ]);
}

function postcode(rng: Rng): string {
  const area = pick(rng, AREAS);
  return `${area}${1 + Math.floor(rng() * 19)} ${Math.floor(rng() * 10)}${pick(rng, [...INWARD_LETTERS])}${pick(rng, [...INWARD_LETTERS])}`;
}

function birthDate(rng: Rng): string {
  const day = 1 + Math.floor(rng() * 28);
  const month = 1 + Math.floor(rng() * 12);
  const year = 1958 + Math.floor(rng() * 48);
  return pick(rng, [
    `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    `${day}/${month}/${year}`,
    `${day} ${MONTHS[month - 1]} ${year}`,
    `${MONTHS[month - 1]} ${day}, ${year}`,
    `${day}.${month}.${year}`,
  ]);
}

function eventDate(rng: Rng): string {
  const day = 1 + Math.floor(rng() * 28);
  const month = 1 + Math.floor(rng() * 12);
  const year = pick(rng, [2025, 2026, 2027]);
  return pick(rng, [
    `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`,
    `${day} ${MONTHS[month - 1]}`,
    `${day} ${MONTHS[month - 1]} ${year}`,
    `${MONTHS[month - 1]} ${day}`,
  ]);
}

/** Fillers computed per use (numbers, addresses) rather than listed. */
const GENERATED: Readonly<Record<string, (rng: Rng) => string>> = {
  name: (rng) => pick(rng, FIRST),
  fullname: (rng) => `${pick(rng, FIRST)} ${pick(rng, LAST)}`,
  surname: (rng) => pick(rng, LAST),
  phone,
  email: (rng) => {
    const first = pick(rng, FIRST).toLowerCase();
    const last = pick(rng, LAST).toLowerCase();
    const local = pick(rng, [
      `${first}.${last}`,
      `${first}${last}${digits(rng, 2)}`,
      `${first[0]}${last}`,
      `${first}_${last}`,
    ]);
    return `${local}@${pick(rng, ['gmail.com', 'hotmail.co.uk', 'outlook.com', 'yahoo.co.uk', 'icloud.com', 'btinternet.com', 'open.ac.uk'])}`;
  },
  postcode,
  street: (rng) => `${1 + Math.floor(rng() * 140)} ${pick(rng, STREETS)} ${pick(rng, SUFFIX)}`,
  dob: birthDate,
  date: eventDate,
  pi: (rng) => `${pick(rng, [...'ABCDEFGHJKMNPRSTWXYZ'])}${digits(rng, 7)}`,
  nino,
  card: luhnCard,
  num: (rng) => String(2 + Math.floor(rng() * 30)),
  pct: (rng) => String(55 + Math.floor(rng() * 44)),
  price: (rng) => `£${pick(rng, [10, 15, 20, 25, 30, 40, 50, 75])}`,
  age: (rng) => String(12 + Math.floor(rng() * 5)),
};

export const SLOTS: Readonly<Record<string, readonly string[]>> = {
  ou: ['the OU', 'the Open University', '@OpenUniversity', 'the Open Uni', 'the OU', 'The Open University'],
  OU: ['OU', 'Open University', 'Open Uni', 'OU', 'OU'],
  tag: ['', '', '', ' #OpenUniversity', ' #OU', ' #OUstudent', ' @OpenUniversity'],
  module: [
    'TM112',
    'A111',
    'MU123',
    'DD103',
    'M250',
    'TM129',
    'MST124',
    'S111',
    'B126',
    'K101',
    'E102',
    'W101',
    'L192',
    'TM254',
    'M269',
    'DD210',
    'A112',
    'MS221',
    'TM470',
    'SDK100',
    'B207',
    'S217',
    'DE100',
    'A229',
  ],
  tma: ['TMA01', 'TMA02', 'TMA03', 'TMA 04', 'EMA', 'iCMA', 'TMA', 'TMA02', 'TMA05'],
  staff: [
    'tutor',
    'module chair',
    'associate lecturer',
    'student support adviser',
    'exam invigilator',
    'tutor',
    'staff tutor',
  ],
  group: ['tutor group', 'study group', 'WhatsApp group', 'module forum', 'Facebook group'],
  place: [
    'Milton Keynes',
    'Bletchley',
    'Wolverton',
    'Newport Pagnell',
    'Leeds',
    'Cardiff',
    'Belfast',
    'Edinburgh',
    'Bristol',
    'Manchester',
    'Nottingham',
    'Glasgow',
  ],
  ouphone: ['0300 303 5303', '+44 300 303 5303', '01908 274066', '01908 653231', '0300 303 5303'],
  ouemail: [
    'general-enquiries@open.ac.uk',
    'press@open.ac.uk',
    'studenthelp@open.ac.uk',
    'complaints@open.ac.uk',
    'foi@open.ac.uk',
  ],
  rel: ['daughter', 'son', 'niece', 'nephew', 'little sister', 'little brother', 'grandson', 'granddaughter'],
  insult: [
    'morons',
    'idiots',
    'clowns',
    'crooks',
    'liars',
    'parasites',
    'brain-dead muppets',
    'scum',
    'thieves',
    'imbeciles',
    'utter losers',
  ],
  platform: [
    'Reddit',
    'Twitter',
    'TikTok',
    'Discord',
    'Telegram',
    'a public Google Drive',
    'a Facebook group',
    'Mumsnet',
  ],
  lol: ['', '', ' lol', ' 😂', ' tbh', ' ffs', ' 🙃', ' haha'],
};

export type GeneratedPost = { id: string; text: string; labels: CategoryCode[]; template: string };

function expand(rng: Rng, text: string, depth = 0): string {
  let out = text.replace(/\[([^[\]]*)\]/g, (_, alts: string) => pick(rng, alts.split('|')));
  out = out.replace(/\{(\w+)\}/g, (_, slot: string) => {
    const gen = GENERATED[slot];
    if (gen) return gen(rng);
    const fillers = SLOTS[slot];
    if (!fillers) throw new Error(`unknown slot {${slot}} in "${text}"`);
    return pick(rng, fillers);
  });
  return depth < 3 && /[[{]/.test(out) ? expand(rng, out, depth + 1) : out;
}

function tidy(text: string): string {
  const t = text
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.!?])/g, '$1')
    .trim();
  return t.charAt(0).toUpperCase() + t.slice(1);
}

export function generate(templates: readonly Template[], prefix: string, seed: number): GeneratedPost[] {
  const rng = seededRandom(seed);
  const seen = new Set<string>();
  const posts: GeneratedPost[] = [];
  templates.forEach((t, ti) => {
    const templateId = `${prefix}-${String(ti + 1).padStart(3, '0')}`;
    let made = 0;
    for (let attempt = 0; attempt < t.n * 5 && made < t.n; attempt++) {
      const text = tidy(expand(rng, t.text));
      if (seen.has(text)) continue;
      seen.add(text);
      made++;
      posts.push({ id: `${templateId}-${made}`, text, labels: [...t.labels], template: templateId });
    }
  });
  return posts;
}

function writeJsonl(file: string, posts: readonly GeneratedPost[]): void {
  writeFileSync(file, posts.map((p) => JSON.stringify(p)).join('\n') + '\n');
}

if (require.main === module) {
  // The committed corpus marks the folder in the source tree, above the compiled generator.
  const dir = findCorpusDir(__dirname);
  const harmful = generate(HARMFUL_TEMPLATES, 'h', 7401);
  const harmless = generate(HARMLESS_TEMPLATES, 'n', 2404);
  writeJsonl(path.join(dir, 'harmful.jsonl'), harmful);
  writeJsonl(path.join(dir, 'harmless.jsonl'), harmless);
  console.log(`wrote ${harmful.length} labelled and ${harmless.length} harmless posts to ${dir}`);
}
