import { decodeHTMLStrict } from 'entities';

/**
 * Every HTML entity that ends in a semicolon (&amp;, &eacute;, &#39;, &#x2019; …), as browsers read
 * them; "R&D" and "&notes" stay as written.
 */
export function decodeEntities(text: string): string {
  return decodeHTMLStrict(text);
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
