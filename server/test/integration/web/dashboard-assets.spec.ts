import { mkdtemp, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { Response } from 'supertest';
import { findWebDist } from '../../../src/web/serve-dashboard';
import { newTestApp, type TestApp } from '../../support/test-app';

/** The body as bytes; superagent has already undone any Content-Encoding. */
function rawBody(res: Response): Buffer {
  return res.body as Buffer;
}
const keepRaw = (res: Response, done: (error: Error | null, body: Buffer) => void) => {
  // superagent hands the parser Node's (decoded) response stream
  const stream = res as unknown as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (chunk: Buffer) => chunks.push(chunk));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
};

const SCRIPT = `console.log(${JSON.stringify('the queue '.repeat(400))});\n`;
const INDEX = '<!doctype html><html><head><script type="module" src="/assets/index-AbC123.js"></script></head></html>';

/** A dashboard build laid out as web/precompress.ts leaves it, in a folder of its own. */
async function fixtureBuild(dir: string): Promise<void> {
  await mkdir(path.join(dir, 'assets'), { recursive: true });
  await mkdir(path.join(dir, '.vite'), { recursive: true });
  const files: Record<string, string> = {
    'index.html': INDEX,
    'assets/index-AbC123.js': SCRIPT,
    'assets/index-AbC123.css': 'body { color: black; }\n'.repeat(50),
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"></svg>',
  };
  for (const [name, text] of Object.entries(files)) {
    await writeFile(path.join(dir, name), text);
    await writeFile(path.join(dir, `${name}.br`), brotliCompressSync(text));
    await writeFile(path.join(dir, `${name}.gz`), gzipSync(text));
  }
  // Left over from an older build: neither may be served.
  await writeFile(path.join(dir, 'assets/index-AbC123.js.map'), '{"sources":["src/secret.ts"]}');
  await writeFile(path.join(dir, '.vite/manifest.json'), '{}');
  // A text file nobody precompressed is still served, just not encoded.
  await writeFile(path.join(dir, 'assets/plain-XyZ789.js'), 'export const plain = 1;\n');
}

describe('the dashboard files: compression, caching and no source maps (issue 20)', () => {
  let t: TestApp;
  let dist: string;
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'ou-web-dist-'));
    await fixtureBuild(dist);
    t = await newTestApp({ env: { WEB_DIST_DIR: dist } });
  });
  afterAll(async () => {
    await t.close();
    await rm(dist, { recursive: true, force: true });
  });

  const get = (url: string, acceptEncoding?: string) => {
    const request = t.http.get(url).buffer(true).parse(keepRaw);
    return acceptEncoding === undefined ? request : request.set('Accept-Encoding', acceptEncoding);
  };

  it('sends the brotli file to a browser that accepts br, whatever order it lists encodings in', async () => {
    const res = await get('/assets/index-AbC123.js', 'gzip, deflate, br, zstd').expect(200);
    expect(res.headers['content-encoding']).toBe('br');
    expect(res.headers['content-type']).toMatch(/^(?:text|application)\/javascript; charset=utf-8$/);
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(rawBody(res).toString()).toBe(SCRIPT);
    // what crossed the wire is the precompressed file, a tenth of the script's size
    expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(SCRIPT).length);
    expect(Number(res.headers['content-length'])).toBeLessThan(SCRIPT.length / 10);
  });

  it('sends gzip to a client that accepts gzip but not br', async () => {
    const res = await get('/assets/index-AbC123.css', 'gzip, br;q=0').expect(200);
    expect(res.headers['content-encoding']).toBe('gzip');
    expect(res.headers['content-type']).toBe('text/css; charset=utf-8');
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(rawBody(res).toString()).toBe('body { color: black; }\n'.repeat(50));
    expect(Number(res.headers['content-length'])).toBe(gzipSync('body { color: black; }\n'.repeat(50)).length);
  });

  it('sends the file as it is to a client that accepts no compression', async () => {
    const res = await get('/assets/index-AbC123.js', 'identity').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(res.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(rawBody(res).toString()).toBe(SCRIPT);
  });

  it('caches hashed files for a year, as immutable', async () => {
    for (const url of ['/assets/index-AbC123.js', '/assets/index-AbC123.css', '/assets/plain-XyZ789.js']) {
      const res = await get(url, 'br').expect(200);
      expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
  });

  it('serves a text file that has no precompressed copy uncompressed rather than failing', async () => {
    const res = await get('/assets/plain-XyZ789.js', 'br, gzip').expect(200);
    expect(res.headers['content-encoding']).toBeUndefined();
    expect(rawBody(res).toString()).toBe('export const plain = 1;\n');
  });

  it.each(['/', '/index.html', '/queue', '/trends?from=2026-01-01'])(
    'makes the browser revalidate index.html at %s (no-cache), compressed',
    async (url) => {
      const res = await get(url, 'gzip, deflate, br').expect(200);
      expect(res.headers['cache-control']).toBe('no-cache');
      expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(res.headers['content-encoding']).toBe('br');
      expect(rawBody(res).toString()).toBe(INDEX);
      expect(Number(res.headers['content-length'])).toBe(brotliCompressSync(INDEX).length);
    },
  );

  it('revalidates unhashed files such as the favicon instead of caching them for a year', async () => {
    const res = await get('/favicon.svg', 'gzip').expect(200);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers['content-type']).toBe('image/svg+xml');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('answers a conditional request for an unchanged file with 304', async () => {
    const first = await get('/assets/index-AbC123.js', 'br').expect(200);
    const again = await get('/assets/index-AbC123.js', 'br').set('If-None-Match', first.headers['etag']!).expect(304);
    expect(rawBody(again).length).toBe(0);
  });

  it('refuses source maps with 404, even one left in the folder', async () => {
    const res = await get('/assets/index-AbC123.js.map').expect(404);
    expect(rawBody(res).toString()).not.toContain('secret');
    await get('/assets/no-such-file.js.map').expect(404);
  });

  it('answers a missing hashed file with 404, not index.html that the browser would run as a script', async () => {
    const res = await get('/assets/index-Old999.js', 'br').expect(404);
    expect(res.headers['content-type']).toMatch(/^text\/plain/);
  });

  it('does not serve the build metadata in dot folders', async () => {
    const res = await get('/.vite/manifest.json', 'identity').expect(200);
    expect(res.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(rawBody(res).toString()).toBe(INDEX);
  });

  it('keeps requests from leaving the build folder', async () => {
    const res = await get('/assets/..%2f..%2f..%2f..%2fetc%2fpasswd', 'identity').expect(404);
    expect(rawBody(res).toString()).not.toContain('root:');
  });

  it('leaves the API to the API: no-store, and JSON 404s', async () => {
    const res = await t.http.get('/api/no-such-thing').expect(404);
    expect(res.headers['cache-control']).toBe('no-store');
  });
});

describe('the real production build (npm run build)', () => {
  const dist = findWebDist();

  it('contains no source maps, and a .br and .gz beside every script and stylesheet', async () => {
    expect(dist).toBeDefined();
    const assets = await readdir(path.join(dist!, 'assets'));
    expect(assets.filter((name) => name.endsWith('.map'))).toEqual([]);
    const text = assets.filter((name) => /\.(?:js|css)$/.test(name));
    expect(text.length).toBeGreaterThan(1);
    for (const name of text) {
      expect(assets).toContain(`${name}.br`);
      expect(assets).toContain(`${name}.gz`);
    }
    const entry = text.find((name) => /^index-.*\.js$/.test(name))!;
    const original = await readFile(path.join(dist!, 'assets', entry));
    expect(brotliDecompressSync(await readFile(path.join(dist!, 'assets', `${entry}.br`)))).toEqual(original);
    expect(gunzipSync(await readFile(path.join(dist!, 'assets', `${entry}.gz`)))).toEqual(original);
  });
});
