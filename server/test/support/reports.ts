import { deflateSync } from 'node:zlib';
import { type Challenge, solveChallenge } from 'altcha-lib';
import { deriveKey } from 'altcha-lib/algorithms/sha';
import sharp from 'sharp';
import type supertest from 'supertest';

/** Cheap proof of work for tests: the browser's default is ~1,000 times this. */
export const FAST_REPORT_ENV = { REPORT_POW_MAX_NUMBER: '200', REPORT_POW_COST: '1', TRUST_PROXY: 'loopback' };

type Http = ReturnType<typeof supertest> | ReturnType<typeof supertest.agent>;

/** What the widget does: fetch a challenge, solve it, send base64 JSON of both. */
export async function solvedAltcha(http: Http): Promise<string> {
  const res = await http.get('/api/reports/challenge').expect(200);
  const challenge = res.body as Challenge;
  const solution = await solveChallenge({ challenge, deriveKey });
  if (!solution) throw new Error('could not solve the test challenge');
  return Buffer.from(JSON.stringify({ challenge, solution })).toString('base64');
}

export type Attachment = { content: Buffer; filename: string; contentType?: string };

export type ReportFields = {
  platform: string;
  link: string;
  description: string;
  happenedAt: string;
  involved: string;
  reporterEmail: string;
  consentToContact: string;
  reporterType: string;
};

export const A_REPORT: ReportFields = {
  platform: 'whatsapp',
  link: '',
  description: 'Someone in our OU study group chat keeps posting insults about another student.',
  happenedAt: '2026-11-30',
  involved: '',
  reporterEmail: '',
  consentToContact: 'false',
  reporterType: 'student',
};

let ipCounter = 0;
/** A different client address per call unless one is given, so the hourly limit does not interfere. */
export function freshIp(): string {
  ipCounter += 1;
  return `198.51.100.${ipCounter % 250}`;
}

/** POST /api/reports as the browser form sends it (multipart). */
export function postReport(
  http: Http,
  options: { altcha?: string | null; fields?: Partial<ReportFields>; files?: Attachment[]; ip?: string } = {},
): supertest.Test {
  const req = http.post('/api/reports').set('X-Forwarded-For', options.ip ?? freshIp());
  const fields = { ...A_REPORT, ...options.fields };
  if (options.altcha) req.field('altcha', options.altcha);
  for (const [name, value] of Object.entries(fields)) req.field(name, value);
  for (const file of options.files ?? [])
    req.attach('screenshots', file.content, { filename: file.filename, contentType: file.contentType ?? 'image/png' });
  return req;
}

/** A screenshot-like PNG with lines of text on it (librsvg renders the text). */
export async function textPng(lines: string[], width = 900): Promise<Buffer> {
  const text = lines
    .map(
      (line, i) => `<text x="24" y="${60 + i * 56}" font-family="sans-serif" font-size="34" fill="#111">${line}</text>`,
    )
    .join('');
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${100 + lines.length * 56}"><rect width="100%" height="100%" fill="#fff"/>${text}</svg>`;
  return sharp(Buffer.from(svg)).png().toBuffer();
}

/** A JPEG carrying EXIF with a camera make and a GPS position (near Milton Keynes). */
export function jpegWithGps(): Promise<Buffer> {
  return sharp({ create: { width: 320, height: 200, channels: 3, background: '#3366aa' } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'ReportTestPhone' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '52/1 1/1 30/1', GPSLongitudeRef: 'W', GPSLongitude: '0/1 42/1 0/1' },
    })
    .toBuffer();
}

/**
 * A genuine PNG of width × height one-bit black pixels: a few tens of kilobytes that would decode
 * to hundreds of megabytes (a decompression bomb).
 */
export function hugePng(width: number, height: number): Buffer {
  const row = Buffer.alloc(1 + Math.ceil(width / 8)); // filter byte 0, then zero bits
  const raw = Buffer.alloc(row.length * height);
  const idat = deflateSync(raw, { level: 9 });
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.writeUInt8(1, 8); // bit depth
  ihdr.writeUInt8(0, 9); // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', idat),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}
