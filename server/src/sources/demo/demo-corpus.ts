/**
 * The demo source's corpus: posts written for this project, generated deterministically from
 * hand-written templates so that every install replays the same ones. Every person, phone number,
 * address and email in it is invented (Ofcom's drama range 07700 900xxx, example.com, the QQ NI
 * prefix that is never issued). Most posts are ordinary or critical-but-fair (policy 2.4); a minority
 * exercise each harm category and flag so the dashboard has something to show.
 */

import { seededRandom } from '../../common/seeded-random.js';
import { GENERATED, SLOTS, TEMPLATES } from './demo-templates.js';

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

// Most of the stream is what the Communications Unit sees every day; a few percent needs attention.
// Harmless posts are drawn by these weights; every harmful template is used exactly once (see below),
// so how many posts each harm category gets follows how many templates it has (about 15% in all).
const HARMLESS_WEIGHTS: [DemoTheme, number][] = [
  ['everyday', 64],
  ['criticism', 18],
];
const HARMFUL_THEMES: readonly DemoTheme[] = [
  'confidential',
  'litigation',
  'disrepute',
  'personal_data',
  'safeguarding',
  'academic_misconduct',
];

function pick<T>(items: readonly T[], next: () => number): T {
  return items[Math.floor(next() * items.length)]!;
}

function pickHarmless(next: () => number): DemoTheme {
  const total = HARMLESS_WEIGHTS.reduce((sum, [, weight]) => sum + weight, 0);
  let roll = next() * total;
  for (const [theme, weight] of HARMLESS_WEIGHTS) {
    roll -= weight;
    if (roll < 0) return theme;
  }
  return 'everyday';
}

/** Resolves [a|b] alternatives, then {slot}s, then tidies the spacing a blank filler leaves. */
function fill(template: string, next: () => number): string {
  return template
    .replace(/\[([^\]]*)\]/g, (_match, options: string) => pick(options.split('|'), next))
    .replace(/\{(\w+)\}/g, (_match, slot: string) => GENERATED[slot]?.(next) ?? pick(SLOTS[slot] ?? [''], next))
    .replace(/\s+/g, ' ')
    .replace(/\s+([.,!?:])/g, '$1')
    .replace(/\b((?:the|my|our|your|every|an?) )(?:the|my) /gi, '$1')
    .replace(/\b(Ex-)the /g, '$1')
    .replace(/\ban (?=[^aeiouAEIOU@#])/g, 'a ')
    .replace(
      /(^|[.!?] )([a-z]+ )/g,
      (_match, before: string, word: string) => before + word[0]!.toUpperCase() + word.slice(1),
    )
    .trim();
}

/**
 * Templates are dealt like cards, one shuffled deck per theme, reshuffled when it runs out (never
 * starting with the card just played): every template is used about equally often, so none
 * dominates the corpus and the same wording never comes up twice in a row within a theme.
 */
class Deck {
  private cards: number[] = [];
  private last = -1;
  constructor(
    private readonly size: number,
    private readonly next: () => number,
  ) {}

  draw(): number {
    if (this.cards.length === 0) {
      this.cards = Array.from({ length: this.size }, (_, i) => i);
      for (let i = this.size - 1; i > 0; i--) {
        const j = Math.floor(this.next() * (i + 1));
        [this.cards[i], this.cards[j]] = [this.cards[j]!, this.cards[i]!];
      }
      if (this.size > 1 && this.cards[this.cards.length - 1] === this.last) {
        [this.cards[0], this.cards[this.cards.length - 1]] = [this.cards[this.cards.length - 1]!, this.cards[0]!];
      }
    }
    this.last = this.cards.pop()!;
    return this.last;
  }
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
  'writes',
  'runs',
  'bakes',
  'x',
  'official',
  'thinks',
  'uk',
  'student',
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

/**
 * Two posts that differ only in how they name the OU, their hashtags or emoji read as the same post;
 * the corpus keeps one of them.
 */
function sameness(text: string): string {
  return text
    .toLowerCase()
    .replace(/(?:the )?(?:open university|[@#]openuniversity|ou)\b/g, 'ou')
    .replace(/#\w+/g, '')
    .replace(/[^a-z0-9 ]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A post and the template it came from (`theme#index`), for the corpus's own tests. */
export type DemoPostSource = { post: DemoPost; template: string };

let built: DemoPostSource[] | undefined;

/** Builds the corpus once per process, keeping which template each post came from. */
export function demoCorpusSources(): readonly DemoPostSource[] {
  if (built) return built;
  const next = seededRandom(20_240_874);
  const decks = new Map<DemoTheme, Deck>();
  for (const [theme] of HARMLESS_WEIGHTS) decks.set(theme, new Deck(TEMPLATES[theme].length, next));
  // Harmful templates are used once each, so no two high-risk posts come from the same template
  // and the risk-sorted queue never shows the same post twice with a different handle.
  const harmful: { theme: DemoTheme; index: number }[] = [];
  for (const theme of HARMFUL_THEMES) TEMPLATES[theme].forEach((_, index) => harmful.push({ theme, index }));
  for (let i = harmful.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [harmful[i], harmful[j]] = [harmful[j]!, harmful[i]!];
  }
  const seen = new Set<string>();
  const sources: DemoPostSource[] = [];
  while (sources.length < DEMO_CORPUS_SIZE) {
    // A harmful post at each position with the chance that spreads the rest evenly over what is left.
    const takeHarmful = next() < harmful.length / (DEMO_CORPUS_SIZE - sources.length);
    let theme: DemoTheme;
    let index: number;
    if (takeHarmful) {
      ({ theme, index } = harmful[harmful.length - 1]!);
    } else {
      theme = pickHarmless(next);
      index = decks.get(theme)!.draw();
    }
    const text = fill(TEMPLATES[theme][index]!, next);
    if (seen.has(sameness(text))) continue;
    if (takeHarmful) harmful.pop();
    seen.add(sameness(text));
    const post: DemoPost = { ordinal: sources.length, text, lang: 'en', theme, ...author(next) };
    sources.push({ post, template: `${theme}#${index}` });
  }
  built = sources;
  return built;
}

let corpus: DemoPost[] | undefined;

/** The whole corpus, built once per process; the same texts in the same order everywhere. */
export function demoCorpus(): readonly DemoPost[] {
  corpus ??= demoCorpusSources().map((s) => s.post);
  return corpus;
}
