/**
 * What a feed's bytes and dates need before rss-parser reads them: the charset the server or the
 * XML declaration names, and Atom dates it can read.
 */

/** UK and European zone names that V8's date parser does not know (it knows GMT, UT and the US ones). */
const ZONE_OFFSETS: Readonly<Record<string, string>> = {
  BST: '+0100',
  CET: '+0100',
  CEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  WET: '+0000',
  WEST: '+0100',
  AEST: '+1000',
  AEDT: '+1100',
};

/** A feed's date as written (RFC 822 with a zone name or offset, ISO 8601, padded), or undefined. */
export function parseFeedDate(raw: string): Date | undefined {
  const value = raw.trim();
  if (!value) return undefined;
  const direct = new Date(value);
  if (!Number.isNaN(direct.getTime())) return direct;
  const named = /^(.*\d)\s+([A-Za-z]{3,4})$/.exec(value);
  const offset = named ? ZONE_OFFSETS[named[2]!.toUpperCase()] : undefined;
  if (!named || !offset) return undefined;
  const zoned = new Date(`${named[1]} ${offset}`);
  return Number.isNaN(zoned.getTime()) ? undefined : zoned;
}

/**
 * rss-parser turns an Atom entry's <published> and <updated> into an ISO date with no guard, so one
 * date it cannot read (a zone name, a stray space, "yesterday") rejects the whole feed. Each is
 * rewritten as ISO 8601 when it can be read, and emptied when not: the entry is then dated when it
 * was first fetched, like an entry with no date, and the rest of the feed is read.
 */
export function mendAtomDates(xml: string): string {
  return xml.replace(
    /<(published|updated)(\s[^>]*)?>([^<]*)<\/\1\s*>/g,
    (whole, tag: string, attributes: string | undefined, value: string) => {
      if (!Number.isNaN(new Date(value).getTime())) return whole;
      const date = parseFeedDate(value);
      return `<${tag}${attributes ?? ''}>${date ? date.toISOString() : ''}</${tag}>`;
    },
  );
}

/**
 * The feed's text in the charset its Content-Type names, else its XML declaration's encoding, else
 * UTF-8 (a byte-order mark wins over both). An unknown label reads as UTF-8.
 */
export function decodeFeed(bytes: Uint8Array, contentType: string | null): string {
  const bom =
    bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
      ? 'utf-8'
      : bytes[0] === 0xff && bytes[1] === 0xfe
        ? 'utf-16le'
        : bytes[0] === 0xfe && bytes[1] === 0xff
          ? 'utf-16be'
          : undefined;
  const fromHeader = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '')?.[1];
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 200));
  const fromDeclaration = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/.exec(head)?.[1];
  for (const label of [bom, fromHeader, fromDeclaration, 'utf-8']) {
    if (!label) continue;
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      // An encoding this runtime does not know: try the next word on it.
    }
  }
  return new TextDecoder().decode(bytes);
}
