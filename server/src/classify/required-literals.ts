/**
 * A cheap test that says when a regular expression cannot match, so the lexicon stage skips it.
 *
 * `requiredLiterals(pattern)` reads the expression's source and returns strings of which every
 * match must contain at least one ("sue", "sued", "suing" for `\bsu(?:e|ed|ing)\b`; "suit" for
 * `\blaw\s?suits?\b`), or undefined when no such set is known. A post that contains none of
 * them cannot match, so the expression is not run: nearly every one of the ~150 lexicon
 * expressions finds nothing in a given post, and `String.prototype.includes` is far cheaper than
 * running the expression to learn that. The answer never changes what matches, only what is tried.
 *
 * It understands the syntax the lexicons use (groups, alternation, classes, quantifiers, \b \s \w
 * \d, look-arounds) for expressions compiled without the i, u, v, s or m flags; anything else
 * (back-references, \p, \u escapes) gives undefined, and the expression is always run.
 */

/** What a piece of an expression can match. */
type Info = {
  /** every string it can match, when that set is small and known; '' for zero-width */
  exact: Set<string> | undefined;
  /** strings one of which every match contains; undefined: none known */
  required: string[] | undefined;
  /** for a sequence, every such set its pieces give: a match contains a string of each */
  all?: string[][];
};

const MAX_EXACT = 64;

class Unsupported extends Error {}

const ANY: Info = { exact: undefined, required: undefined };
const EMPTY: Info = { exact: new Set(['']), required: undefined };
const literal = (s: string): Info => ({ exact: new Set([s]), required: undefined });

function exactAsRequired(info: Info): string[] | undefined {
  if (!info.exact || info.exact.has('')) return undefined;
  return [...info.exact];
}

/** Orders candidate sets most selective first: a longer shortest string, then fewer strings. */
function moreSelectiveFirst(a: readonly string[], b: readonly string[]): number {
  const shortest = (set: readonly string[]) => Math.min(...set.map((x) => x.length));
  return shortest(b) - shortest(a) || a.length - b.length;
}

/** The more selective of two candidate sets (the first on a tie). */
function better(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return moreSelectiveFirst(a, b) <= 0 ? a : b;
}

const requiredOf = (info: Info): string[] | undefined => better(info.required, exactAsRequired(info));

/** Both sets' strings joined end to end, when there are few enough of them. */
function product(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_EXACT) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

function alternation(branches: Info[]): Info {
  let exact: Set<string> | undefined = new Set<string>();
  for (const b of branches) {
    if (!b.exact || !exact) {
      exact = undefined;
      break;
    }
    for (const s of b.exact) exact.add(s);
    if (exact.size > MAX_EXACT) exact = undefined;
  }
  let required: string[] | undefined = [];
  for (const b of branches) {
    const r = requiredOf(b);
    if (!r) {
      required = undefined;
      break;
    }
    required.push(...r);
  }
  return { exact, required: required ? [...new Set(required)] : undefined };
}

function repeat(child: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return child;
  if (min === 0) {
    const exact = max === 1 && child.exact ? new Set(['', ...child.exact]) : undefined;
    return { exact, required: undefined };
  }
  return { exact: undefined, required: requiredOf(child) };
}

class Parser {
  private i = 0;

  constructor(private readonly src: string) {}

  parse(): Info {
    const info = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported(`unexpected ${this.src[this.i]}`);
    return info;
  }

  private alternation(): Info {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0]! : alternation(branches);
  }

  /**
   * Pieces in a row. Consecutive pieces with known exact strings join into longer strings (a run);
   * a piece without ("\s+", ".{0,30}") ends the run, and the best required set seen so far is kept.
   */
  private sequence(): Info {
    let run = new Set(['']);
    let broken = false;
    let required: string[] | undefined;
    const all: string[][] = [];
    const keep = (set: string[] | undefined) => {
      if (set) all.push(set);
      required = better(required, set);
    };
    const endRun = () => {
      keep(exactAsRequired({ exact: run, required: undefined }));
      run = new Set(['']);
      broken = true;
    };
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const piece = this.quantified(this.atom());
      keep(piece.required);
      const joined = piece.exact ? product(run, piece.exact) : undefined;
      if (joined) run = joined;
      else {
        endRun();
        if (piece.exact) run = piece.exact;
      }
    }
    if (broken) {
      keep(exactAsRequired({ exact: run, required: undefined }));
      return { exact: undefined, required, all };
    }
    return { exact: run, required, all };
  }

  private quantified(atom: Info): Info {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === '?') [min, max] = [0, 1];
    else if (c === '*') [min, max] = [0, Infinity];
    else if (c === '+') [min, max] = [1, Infinity];
    else if (c === '{') {
      const m = /^\{(\d+)(?:(,)(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === '?') this.i++;
    return this.quantified(repeat(atom, min, max));
  }

  private atom(): Info {
    const c = this.src[this.i++]!;
    switch (c) {
      case '(':
        return this.group();
      case '[':
        return this.characterClass();
      case '.':
        return ANY;
      case '^':
      case '$':
        return EMPTY;
      case '\\':
        return this.escape();
      case '*':
      case '+':
      case '?':
        throw new Unsupported('nothing to repeat');
      default:
        return literal(c);
    }
  }

  private group(): Info {
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (this.src.startsWith('?=', this.i) || this.src.startsWith('?!', this.i)) {
      this.i += 2;
      lookaround = true;
    } else if (this.src.startsWith('?<=', this.i) || this.src.startsWith('?<!', this.i)) {
      this.i += 3;
      lookaround = true;
    } else if (this.src[this.i] === '?') throw new Unsupported('named or modified group');
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported('unclosed group');
    this.i++;
    // What a look-around checks is not part of the match.
    return lookaround ? EMPTY : inner;
  }

  private characterClass(): Info {
    const chars = new Set<string>();
    let plain = this.src[this.i] !== '^';
    if (!plain) this.i++;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== ']' || first)) {
      first = false;
      let c = this.src[this.i++]!;
      if (c === '\\') {
        const e = this.src[this.i++]!;
        if (/[dDsSwWbB]/.test(e)) plain = false;
        else if (/[\dcuxpPk]/.test(e)) throw new Unsupported(`\\${e} in a class`);
        c = ESCAPED_CONTROLS[e] ?? e;
      } else if (c === '-' && chars.size > 0 && this.src[this.i] !== ']') plain = false;
      chars.add(c);
    }
    if (this.src[this.i] !== ']') throw new Unsupported('unclosed class');
    this.i++;
    return plain && chars.size > 0 && chars.size <= 8 ? { exact: chars, required: undefined } : ANY;
  }

  private escape(): Info {
    const e = this.src[this.i++];
    if (e === undefined) throw new Unsupported('trailing backslash');
    if (e === 'b' || e === 'B') return EMPTY;
    if (/[dDsSwW]/.test(e)) return ANY;
    if (/[\dcuxpPk]/.test(e)) throw new Unsupported(`\\${e}`);
    return literal(ESCAPED_CONTROLS[e] ?? e);
  }
}

const ESCAPED_CONTROLS: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v', '0': '\0' };

export function requiredLiterals(pattern: string, flags = ''): string[] | undefined {
  return requiredLiteralSets(pattern, flags)?.[0];
}

/** At most this many sets are kept for one expression: each one more is a check on every post. */
const MAX_SETS = 3;

/**
 * Sets of strings such that every match contains a string of *each* set, most selective first
 * (undefined: none known). "Maryborough Court, number 14" needs a street word and "number" or
 * "no": "no" alone is in most posts ("not", "know"), the street word in few, and both in fewer.
 */
export function requiredLiteralSets(pattern: string, flags = ''): string[][] | undefined {
  if (/[iuvsmy]/.test(flags)) return undefined;
  try {
    const info = new Parser(pattern).parse();
    // A set containing '' tells nothing.
    const sets = [...(info.all ?? []), requiredOf(info)].filter(
      (set): set is string[] => set !== undefined && set.length > 0 && set.every((s) => s.length > 0),
    );
    sets.sort(moreSelectiveFirst);
    // A set adds nothing when a kept one implies it: each kept string contains one of its strings.
    const kept: string[][] = [];
    for (const set of sets) {
      if (!kept.some((k) => k.every((s) => set.some((t) => s.includes(t))))) kept.push(set);
    }
    return kept.length > 0 ? kept.slice(0, MAX_SETS) : undefined;
  } catch (error) {
    if (error instanceof Unsupported) return undefined;
    throw error;
  }
}

/**
 * Finds which of many strings occur in a text in one pass (Aho–Corasick, built as a table over
 * the UTF-16 units the strings use), so that testing some 1,500 required strings costs one walk
 * over the post instead of one search per string.
 */
export class LiteralScanner {
  private readonly ids = new Map<string, number>();
  private table: Int32Array | undefined;
  private outputs: Array<Int32Array | undefined> = [];
  private alphabet = new Map<number, number>();
  private asciiClass = new Int16Array(128).fill(-1);
  private present = new Uint8Array(0);

  /** The id of a string, for `scan`'s answer; adding strings after a scan rebuilds the table. */
  add(literal: string): number {
    let id = this.ids.get(literal);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(literal, id);
      this.table = undefined;
    }
    return id;
  }

  private build(): Int32Array {
    const literals = [...this.ids.keys()];
    this.alphabet = new Map();
    for (const l of literals) {
      for (let i = 0; i < l.length; i++) {
        const c = l.charCodeAt(i);
        if (!this.alphabet.has(c)) this.alphabet.set(c, this.alphabet.size);
      }
    }
    this.asciiClass = new Int16Array(128).fill(-1);
    for (const [c, a] of this.alphabet) if (c < 128) this.asciiClass[c] = a;
    const A = this.alphabet.size;
    // The trie of the strings.
    const children: Array<Map<number, number>> = [new Map()];
    const ends: number[][] = [[]];
    literals.forEach((l, id) => {
      let node = 0;
      for (let i = 0; i < l.length; i++) {
        const a = this.alphabet.get(l.charCodeAt(i))!;
        let next = children[node]!.get(a);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          ends.push([]);
          children[node]!.set(a, next);
        }
        node = next;
      }
      ends[node]!.push(id);
    });
    // Breadth first: each node's failure link, its transitions completed through it, and the
    // strings that end at it or at any suffix of it.
    const table = new Int32Array(children.length * A);
    const fail = new Int32Array(children.length);
    const outputs: Array<Int32Array | undefined> = new Array<Int32Array | undefined>(children.length);
    const queue: number[] = [];
    for (let a = 0; a < A; a++) {
      const child = children[0]!.get(a);
      table[a] = child ?? 0;
      if (child !== undefined) queue.push(child);
    }
    outputs[0] = undefined;
    for (let q = 0; q < queue.length; q++) {
      const node = queue[q]!;
      const own = ends[node]!;
      const inherited = outputs[fail[node]!];
      outputs[node] = own.length > 0 || inherited ? Int32Array.from([...own, ...(inherited ?? [])]) : undefined;
      for (let a = 0; a < A; a++) {
        const child = children[node]!.get(a);
        if (child === undefined) table[node * A + a] = table[fail[node]! * A + a]!;
        else {
          table[node * A + a] = child;
          fail[child] = table[fail[node]! * A + a]!;
          queue.push(child);
        }
      }
    }
    this.outputs = outputs;
    this.present = new Uint8Array(literals.length);
    this.table = table;
    return table;
  }

  /**
   * For each string id, 1 if the string occurs in `text`. The array is reused by the next scan:
   * read it before scanning again.
   */
  scan(text: string): Uint8Array {
    const table = this.table ?? this.build();
    const { present, outputs, asciiClass, alphabet } = this;
    const A = alphabet.size;
    present.fill(0);
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      const a = c < 128 ? asciiClass[c]! : (alphabet.get(c) ?? -1);
      // A unit no string contains: no string can run across it.
      node = a < 0 ? 0 : table[node * A + a]!;
      const out = outputs[node];
      if (out !== undefined) for (let k = 0; k < out.length; k++) present[out[k]!] = 1;
    }
    return present;
  }
}

/**
 * An expression, and for each of its required sets the ids in its scanner of the set's strings:
 * every match contains a string of each set.
 */
export type Prefiltered = { re: RegExp; required: Int32Array[] | undefined };

/** `re` with its required strings registered in `scanner` (undefined: none known, always run it). */
export function prefiltered(re: RegExp, scanner: LiteralScanner): Prefiltered {
  const sets = requiredLiteralSets(re.source, re.flags);
  return { re, required: sets?.map((set) => Int32Array.from(set, (l) => scanner.add(l))) };
}

/** False only when the text cannot match: `present` (the scanner's answer for it) misses every string of a required set. */
export function mayMatch(p: Prefiltered, present: Uint8Array): boolean {
  const { required } = p;
  if (!required) return true;
  for (const set of required) {
    let hit = false;
    for (let i = 0; i < set.length && !hit; i++) if (present[set[i]!]) hit = true;
    if (!hit) return false;
  }
  return true;
}
