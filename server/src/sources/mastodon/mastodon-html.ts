import { decodeEntities } from '../html-text.js';

function attribute(tag: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(tag);
  const value = match?.[1] ?? match?.[2] ?? match?.[3];
  return value === undefined ? undefined : decodeEntities(value);
}

/**
 * A status's HTML content as plain text that keeps its links. Mastodon shortens a link's visible
 * text ("example.com/long-pa…" with invisible spans), so a web link becomes its full href; mention
 * and hashtag links keep their text (@name, #tag). Paragraphs and line breaks become newlines.
 */
export function mastodonHtmlToText(html: string): string {
  let out = '';
  // Inside <a>: the href to print instead of the visible text, or null to print the text.
  let link: { href: string | null; text: string } | null = null;
  const tokens = html.match(/<[^>]*>|[^<]+/g) ?? [];
  for (const token of tokens) {
    if (token[0] !== '<') {
      if (link) link.text += decodeEntities(token);
      else out += decodeEntities(token);
      continue;
    }
    const name = /^<\s*(\/?)\s*([a-z0-9]+)/i.exec(token);
    if (!name) continue;
    const closing = name[1] === '/';
    const tag = name[2]!.toLowerCase();
    if (tag === 'br') out += '\n';
    else if (tag === 'p' && closing) out += '\n\n';
    else if (tag === 'a' && !closing) {
      const href = attribute(token, 'href') ?? null;
      const className = attribute(token, 'class') ?? '';
      const isMentionOrTag = /\b(mention|hashtag)\b/.test(className) || attribute(token, 'rel') === 'tag';
      link = { href: isMentionOrTag || !href || !/^https?:\/\//i.test(href) ? null : href, text: '' };
    } else if (tag === 'a' && closing && link) {
      out += link.href ?? link.text;
      link = null;
    }
  }
  if (link) out += link.href ?? link.text;
  return out
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
