const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  ndash: '–',
  mdash: '—',
  hellip: '…',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  pound: '£',
  euro: '€',
  copy: '©',
  reg: '®',
  trade: '™',
  bull: '•',
  middot: '·',
};

/** &amp;, &#39;, &#x2019; and the common named entities; anything else is left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const point = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return Number.isFinite(point) && point > 0 && point <= 0x10ffff ? String.fromCodePoint(point) : whole;
    }
    return NAMED_ENTITIES[code.toLowerCase()] ?? whole;
  });
}

const BLOCK = /^(p|div|br|li|ul|ol|h[1-6]|blockquote|tr|table|section|article|header|footer)$/;

/**
 * Feed summaries and YouTube comments as plain text: tags dropped (script and style with their
 * content), block elements and <br> as line breaks, entities decoded, runs of spaces collapsed.
 * Not a sanitiser: the result is text, and the dashboard shows it as text.
 */
export function htmlToText(html: string): string {
  const withoutCode = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<!--[\s\S]*?-->/g, '');
  let out = '';
  for (const token of withoutCode.match(/<[^>]*>|[^<]+/g) ?? []) {
    if (token[0] !== '<') {
      out += decodeEntities(token.replace(/\s+/g, ' '));
      continue;
    }
    const tag = /^<\s*\/?\s*([a-z0-9]+)/i.exec(token)?.[1]?.toLowerCase();
    if (tag && BLOCK.test(tag)) out += '\n';
  }
  return out
    .replace(/[ \t\u00a0]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
