/**
 * The demo source's corpus: posts written for this project, generated deterministically from
 * hand-written templates so that every install replays the same ones. Every person, phone number,
 * address and email in it is invented (Ofcom's drama range 07700 900xxx, example.com, the QQ NI
 * prefix that is never issued). Most posts are ordinary or critical-but-fair (policy 2.4); a minority
 * exercise each harm category and flag so the dashboard has something to show.
 */

export type DemoPost = {
  /** stable position in the corpus; the external id is derived from it */
  ordinal: number;
  text: string;
  authorHandle: string;
  authorName: string;
  lang: string;
  /** what the template was written to show; for people reading the corpus, not used by the pipeline */
  theme: DemoTheme;
};

export type DemoTheme =
  | 'everyday'
  | 'criticism'
  | 'confidential'
  | 'litigation'
  | 'disrepute'
  | 'personal_data'
  | 'safeguarding'
  | 'academic_misconduct';

export const DEMO_CORPUS_SIZE = 1_200;

type Slots = Record<string, readonly string[]>;

const SLOTS: Slots = {
  module: [
    'TM254',
    'M140',
    'A111',
    'DD102',
    'S111',
    'B100',
    'TM129',
    'MST124',
    'A112',
    'E102',
    'K101',
    'SDK100',
    'TM112',
    'DE100',
    'W101',
    'L185',
  ],
  subject: [
    'computing',
    'psychology',
    'law',
    'history',
    'maths',
    'nursing',
    'social work',
    'engineering',
    'English literature',
    'environmental science',
    'business',
    'criminology',
    'art history',
    'physics',
  ],
  task: [
    'TMA 02',
    'TMA 03',
    'my EMA',
    'the iCMA',
    'TMA 01',
    'the end-of-module assessment',
    'my project proposal',
    'the final essay',
  ],
  feeling: ['relieved', 'buzzing', 'exhausted', 'proud', 'nervous', 'so glad', 'over the moon', 'a bit wobbly'],
  time: [
    'at 2am',
    'on my lunch break',
    'after the kids went to bed',
    'on the night shift',
    'on the train',
    'before work',
    'this weekend',
    'in the nick of time',
  ],
  person: [
    'my tutor',
    'my study buddy',
    'the student support team',
    'my mum',
    'my line manager',
    'the library team',
    'the disability support adviser',
    'a fellow student on the forum',
  ],
  place: [
    'Milton Keynes',
    'Cardiff',
    'Belfast',
    'Edinburgh',
    'Manchester',
    'Leeds',
    'Bristol',
    'Norwich',
    'Inverness',
    'Swansea',
    'Derby',
    'Exeter',
  ],
  ou: ['the Open University', '@OpenUniversity', 'the OU', 'Open University', '#OpenUniversity', 'OU'],
  tag: [
    '#OpenUniversity',
    '#OUstudent',
    '#distancelearning',
    '#studytwitter',
    '#adultlearner',
    '#OpenUniversity #studygram',
    '',
  ],
  delay: ['a week', 'nine days', 'three weeks', 'a fortnight', 'over a month', 'five working days'],
  complaint: [
    'the new module website is slower than dial-up',
    'the tutorial clashes with every shift I work',
    'the fee for the next stage went up again',
    'the forum search is useless',
    'the exam arrangements email arrived the day before',
    'the textbook still has not been delivered',
    'my TMA came back with two lines of feedback',
  ],
  first: [
    'Sam',
    'Priya',
    'Tom',
    'Aisha',
    'Megan',
    'Callum',
    'Joanne',
    'Dev',
    'Rhiannon',
    'Kofi',
    'Niamh',
    'Oliver',
    'Fatima',
    'Gareth',
  ],
  last: [
    'Hughes',
    'Patel',
    'Okafor',
    'McLeod',
    'Jones',
    'Barker',
    'Nowak',
    'Fraser',
    'Ahmed',
    'Lloyd',
    'Brennan',
    'Kaur',
  ],
  phone: ['07700 900123', '07700 900456', '07700 900781', '07700 900318', '07700 900902', '07700 900640'],
  street: [
    '14 Willow Crescent',
    '3 Harbour Row',
    '27 Mill Lane',
    'Flat 2, 8 Station Road',
    '51 Beech Grove',
    '9 Orchard Close',
  ],
  postcode: ['ZZ1 4QT', 'ZZ9 2LB', 'ZZ3 7HX', 'ZZ5 1DA'],
  pi: ['B1234567', 'C7654321', 'D2468135', 'E1357924'],
  ni: ['QQ 12 34 56 C', 'QQ 98 76 54 A', 'QQ 11 22 33 B'],
  dob: ['14/03/1991', '2 May 1987', '30.11.1979', '07/08/2001'],
};

const TEMPLATES: Record<DemoTheme, readonly string[]> = {
  everyday: [
    'Submitted {task} for {module} {time}. Feeling {feeling}! {tag}',
    'First tutorial for {module} tonight and {person} was brilliant. Really glad I chose {ou}. {tag}',
    'Graduation in {place} today. Six years of part-time study with {ou} and I finally have my degree in {subject}!',
    'Anyone else starting {module} in October? Looking for a study group near {place}. {tag}',
    'Just got my result for {task}: 82%! Thank you {person} for the encouragement. {tag}',
    'Studying {subject} with {ou} while working full time is hard but so worth it.',
    'The {module} block 3 materials on sustainability are genuinely fascinating. {tag}',
    'Open day at {ou} campus in Milton Keynes was lovely, the library staff were so helpful.',
    '{ou} free OpenLearn course on {subject} is great for dipping a toe in before committing. {tag}',
    'Twenty years after leaving school I am a {subject} student with {ou}. Never too late. {tag}',
    'Shout out to {person} who talked me through the referencing guide for {task}. {tag}',
    'Revision timetable for {module} is up on the fridge. Wish me luck! {tag}',
    'Watching the {ou} and BBC documentary tonight, the {subject} segment was excellent.',
    'Proud to see {ou} research on {subject} in the news this morning.',
    'Book recommendations for {module}? I have finished the set reading already {tag}',
    'Day one of {module}. New notebook, new pens, big mug of tea. {tag}',
    'Congratulations to everyone graduating with {ou} in {place} this week!',
    'Does {ou} careers service help with CVs for {subject} graduates? Anyone used it?',
    'The online tutorial recording feature is a lifesaver {time}. Thanks {ou}.',
    'Three modules left until my {subject} degree. {ou} life {tag}',
    'Met {person} at the {place} study day and we have been swapping notes on {module} since. {tag}',
    'Dyslexia support from {ou} has made such a difference this year. {tag}',
    'Finally understand how to structure {task} after the {module} webinar. {tag}',
    'Took the kids to the {ou} stand at the {place} science festival. They loved the rock samples!',
  ],
  criticism: [
    'Waited {delay} for a reply from {ou} student support about my fees. Not impressed.',
    'Honestly {complaint}. Come on {ou}, sort it out.',
    '{ou} took {delay} to answer my email about {module}. I know they are busy but that is too long.',
    'Love my course, but {complaint}. {tag}',
    'Disappointed that {ou} is closing the {place} regional centre. It was a real hub for students.',
    'Feedback for {task} on {module} was vague. Asked {person} for more detail, still waiting after {delay}.',
    'Is it just me or has {ou} made the module registration process more confusing this year?',
    'Fair point from the student association: {complaint}. {ou} should listen.',
    'Three phone calls and {delay} later I still do not know if my credit transfer to {ou} went through.',
    'Not happy that {module} has moved to a compulsory online exam. Some of us have terrible broadband in {place}.',
  ],
  confidential: [
    'Leaked: {ou} internal budget paper shows £40m cuts planned for {subject} before it goes to Council. Not in the public domain yet.',
    'A friend on the finance committee sent me the draft {ou} accounts, the deficit is way worse than they are admitting. Screenshot below.',
    'Unpublished {ou} research results on the {subject} trial, embargoed until next month, have a look: the effect was not significant.',
    'Got hold of the confidential minutes from the {ou} senate meeting. They are restructuring {subject} and staff do not know.',
    'Internal memo from {ou} HR: redundancy list for the {place} office attached. Marked strictly confidential.',
    'Here are the embargoed {ou} league table figures before the press release goes out.',
  ],
  litigation: [
    'I am taking {ou} to court over the way my {module} appeal was handled. Solicitor is drafting the claim now.',
    'Received a solicitor letter from {ou} about my blog. Seeing a lawyer tomorrow.',
    'Anyone want to join a class action against {ou} over the {subject} course changes? Enough of us to sue.',
    'My employment tribunal against {ou} starts in {place} next week. Cannot say much yet.',
    'Sending a letter before action to {ou} today about my tuition fees. They have had {delay} to respond.',
    'Considering legal action against {ou} for breach of contract, the {module} I paid for was never delivered.',
  ],
  disrepute: [
    '{ou} tutors are a bunch of useless clowns and whoever marked {task} should be sacked. Absolute idiots.',
    'Everyone at {ou} {place} office is a thief and a liar, they steal from students and laugh about it.',
    'My {module} tutor {first} {last} is a disgusting pervert, do not let them near your kids. Pass it on.',
    'Go back where you came from, {ou} is full of people like you ruining the forums.',
    'Let us all flood {first} {last} inbox until they quit {ou}. Make their life hell.',
    '{ou} is a degree mill scam run by crooks, they fake the pass rates. Total fraudsters.',
    'Hey {first} {last}, everyone on the {module} forum thinks you are pathetic. Nobody wants you here, just leave {ou}.',
  ],
  personal_data: [
    'My {module} tutor {first} {last} lives at {street}, {place} {postcode} if anyone wants to pay them a visit.',
    'Text {first} from the {ou} study group on {phone}, they never answer the forum.',
    'Found {first} {last} {ou} details: PI {pi}, date of birth {dob}. Posting so everyone knows who they are.',
    'This is the email of the {ou} student who reported me: {first}.{last}@example.com. Go for it.',
    '{first} {last} from {module} gave me their NI number {ni} for the group payment, sharing in case anyone needs it.',
    'Call {first} {last} on {phone} or find them at {street}, they owe our {ou} study group money.',
  ],
  safeguarding: [
    'I cannot do this anymore. Failed {module} again and I am planning to end my life tonight. Sorry {ou}.',
    'A fellow {ou} student on the forum just said they have taken pills and want to die. What do we do?',
    'Worried about a child in my {ou} tutorial group, they said an adult at home hurts them every night.',
    'Nobody would miss me if I was gone. {ou} exams next week and I have already written my goodbye letters.',
    'My flatmate on the {ou} course is self-harming and says she will jump from the car park in {place}.',
    'An older {ou} learner I support says her carer takes her money and locks her in. She is scared.',
  ],
  academic_misconduct: [
    'Selling full answers to {module} {task}, DM me, 50 quid a pop. {tag}',
    'Uploaded the {module} tutorial recordings and module materials to my Google Drive, link in bio.',
    'Who wants to split {task}? I will do questions 1-3 and you do 4-6 and we both submit the lot.',
    'Leaked {module} exam paper for this year is going round the WhatsApp group, message me for a copy.',
    'I can write your {subject} {task} for you, guaranteed pass, undetectable by Turnitin. {ou} students only.',
    'Posting my marked {module} {task} here so everyone can copy it for this year.',
  ],
};

// Most of the stream is what the Communications Unit sees every day; a few percent needs attention.
const THEME_WEIGHTS: [DemoTheme, number][] = [
  ['everyday', 64],
  ['criticism', 18],
  ['confidential', 3],
  ['litigation', 3],
  ['disrepute', 4],
  ['personal_data', 3],
  ['safeguarding', 2],
  ['academic_misconduct', 3],
];

/** mulberry32: small, fast, deterministic; the corpus must be the same on every machine. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

function pickTheme(next: () => number): DemoTheme {
  const total = THEME_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = next() * total;
  for (const [theme, weight] of THEME_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return theme;
  }
  return 'everyday';
}

function fill(template: string, next: () => number): string {
  return template
    .replace(/\{(\w+)\}/g, (_match, slot: string) => pick(SLOTS[slot] ?? [''], next))
    .replace(/\s+/g, ' ')
    .trim();
}

const HANDLE_STEMS = [
  'study',
  'ou',
  'learner',
  'reads',
  'mum',
  'dad',
  'nurse',
  'coder',
  'grad',
  'tutor',
  'mk',
  'night',
];

function author(next: () => number): { authorHandle: string; authorName: string } {
  const first = pick(SLOTS.first!, next);
  const last = pick(SLOTS.last!, next);
  const number = Math.floor(next() * 900) + 10;
  return {
    authorHandle: `${first.toLowerCase()}_${pick(HANDLE_STEMS, next)}${number}`,
    authorName: `${first} ${last.charAt(0)}.`,
  };
}

let corpus: DemoPost[] | undefined;

/** The whole corpus, built once per process; the same texts in the same order everywhere. */
export function demoCorpus(): readonly DemoPost[] {
  if (corpus) return corpus;
  const next = random(20_240_874);
  const seen = new Set<string>();
  const posts: DemoPost[] = [];
  // Every theme appears at least once, whatever the weights give.
  const forced = THEME_WEIGHTS.map(([theme]) => theme);
  while (posts.length < DEMO_CORPUS_SIZE) {
    const theme = forced.shift() ?? pickTheme(next);
    const text = fill(pick(TEMPLATES[theme], next), next);
    if (seen.has(text)) continue;
    seen.add(text);
    posts.push({ ordinal: posts.length, text, lang: 'en', theme, ...author(next) });
  }
  corpus = posts;
  return corpus;
}
