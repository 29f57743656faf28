// shared compiles against the ES library alone; the browser and Node both have the WHATWG URL,
// and this is all of it that shared uses.
declare const URL: new (input: string) => { protocol: string; href: string };

/**
 * The URL if it is an http(s) address, else null. A post's URL comes from a platform, not from us:
 * ingestion stores only these, and the dashboard links only to these.
 */
export function safeHttpUrl(text: string | null | undefined): string | null {
  if (!text) return null;
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
