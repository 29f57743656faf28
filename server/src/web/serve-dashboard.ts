import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { SignInFormService, type SignInRefusal } from '../auth/sign-in-form.service.js';
import { isSignInRefusal, withRefusal } from './sign-in-page.js';

/** The app's page for signing in, already rendered into the HTML (web/prerender-sign-in.ts). */
const SIGN_IN_PATH = '/sign-in';

/** Vite names everything under assets/ by content hash, so a URL there never changes meaning. */
const HASHED_PREFIX = '/assets/';
const CACHE_HASHED = 'public, max-age=31536000, immutable';
/** index.html and the few unhashed files: the browser asks again (cheaply, with the ETag) each time. */
const CACHE_REVALIDATE = 'no-cache';
/** Files the build precompresses (web/precompress.ts): these vary by Accept-Encoding. */
const TEXT_ASSET = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest|xml)$/;

export type ContentEncoding = 'br' | 'gzip';

/**
 * The encoding to send, by the client's Accept-Encoding: brotli when acceptable (smaller), else
 * gzip, else none. Ties go to brotli whatever order the client lists them in; `q=0` refuses.
 */
export function chooseEncoding(acceptEncoding: string | undefined): ContentEncoding | undefined {
  const quality = new Map<string, number>();
  for (const part of (acceptEncoding ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find((v) => v !== undefined);
    quality.set(name, q === undefined ? 1 : Number(q));
  }
  const acceptable = (coding: ContentEncoding) => (quality.get(coding) ?? quality.get('*') ?? 0) > 0;
  if (acceptable('br')) return 'br';
  if (acceptable('gzip')) return 'gzip';
  return undefined;
}

/** The file under `root` that a URL path names, or undefined when it names none (or tries to leave root). */
function fileFor(root: string, urlPath: string): string | undefined {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0')) return undefined;
  const file = path.join(root, decoded);
  if (!file.startsWith(root + path.sep)) return undefined;
  // Dot folders (Vite's .vite/manifest.json) are build metadata, not part of the site.
  if (
    path
      .relative(root, file)
      .split(path.sep)
      .some((segment) => segment.startsWith('.'))
  )
    return undefined;
  try {
    return statSync(file).isFile() ? file : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Sends one file of the build: the precompressed `.br` or `.gz` beside it when the client accepts
 * it, with the original's Content-Type, `Vary: Accept-Encoding`, and the cache policy for its kind.
 */
function sendAsset(req: Request, res: Response, next: NextFunction, file: string, cacheControl: string): void {
  const compressible = TEXT_ASSET.test(file);
  const encoding = compressible ? chooseEncoding(req.headers['accept-encoding']) : undefined;
  const precompressed = encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : undefined;
  const useEncoded = encoding !== undefined && precompressed !== undefined && existsSync(precompressed);
  if (compressible) res.vary('Accept-Encoding');
  res.type(path.extname(file));
  res.setHeader('Cache-Control', cacheControl);
  if (useEncoded) res.setHeader('Content-Encoding', encoding);
  res.sendFile(useEncoded ? precompressed : file, { cacheControl: false }, (error) => {
    if (error && !res.headersSent) next(error);
  });
}

function notFound(res: Response): void {
  res.status(404).setHeader('Cache-Control', CACHE_REVALIDATE).type('text/plain').send('Not found');
}

/**
 * Serves the built dashboard at `/` (issue 20, Speed): hashed files cached for a year, index.html
 * revalidated on every visit, brotli or gzip chosen by content negotiation, and no source maps.
 * Every other non-API GET is answered by index.html so that client-side routes survive a reload;
 * /sign-in by sign-in.html, the same page with the form already in it, whose POST signs in without
 * scripts (sign-in-page.ts).
 */
export function serveDashboard(app: NestExpressApplication, webDistDir: string | undefined, logger: Logger): void {
  const indexHtml = webDistDir ? path.join(webDistDir, 'index.html') : undefined;
  if (!webDistDir || !indexHtml || !existsSync(indexHtml)) {
    logger.warn(
      'The dashboard is not built (web/dist/index.html is missing): serving the API only. Run `npm run build`.',
    );
    return;
  }
  const root = path.resolve(webDistDir);
  const signInHtml = path.join(root, 'sign-in.html');
  const signInPage = existsSync(signInHtml) ? signInHtml : indexHtml;
  const signInForm = app.get(SignInFormService);
  const refusedPage = refusedPages(signInPage);
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.method === 'POST' && req.path === SIGN_IN_PATH) {
      void signInForm.handle(req, res, next);
      return;
    }
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) {
      next();
      return;
    }
    // Source maps would publish the source; the build emits none, and one left over is not served.
    if (req.path.endsWith('.map')) return notFound(res);
    const file = fileFor(root, req.path);
    if (file)
      return sendAsset(req, res, next, file, req.path.startsWith(HASHED_PREFIX) ? CACHE_HASHED : CACHE_REVALIDATE);
    // A chunk of an older build: index.html in its place would be cached as that script.
    if (req.path.startsWith(HASHED_PREFIX)) return notFound(res);
    if (req.path === SIGN_IN_PATH) {
      // After a refused POST: the page says why (a few KB, so not worth compressing per request).
      const refused = isSignInRefusal(req.query.error) && refusedPage(req.query.error);
      if (refused) {
        res.setHeader('Cache-Control', 'no-store');
        res.type('html').send(refused);
        return;
      }
      return sendAsset(req, res, next, signInPage, CACHE_REVALIDATE);
    }
    sendAsset(req, res, next, indexHtml, CACHE_REVALIDATE);
  });
}

/**
 * The sign-in page with each refusal written in, read and built once per build of the page rather
 * than on every request (a burst of refused sign-ins would otherwise each read the file on the
 * event loop); a rebuilt page (its mtime) is read again.
 */
function refusedPages(page: string): (refusal: SignInRefusal) => string | undefined {
  let built: { mtimeMs: number; pages: Map<SignInRefusal, string | undefined> } | undefined;
  return (refusal) => {
    const { mtimeMs } = statSync(page);
    if (built?.mtimeMs !== mtimeMs) built = { mtimeMs, pages: new Map() };
    if (!built.pages.has(refusal)) built.pages.set(refusal, withRefusal(readFileSync(page, 'utf8'), refusal));
    return built.pages.get(refusal);
  };
}

/** Walks up from this file to the repository's web/dist, wherever the server was compiled to. */
export function findWebDist(from: string = __dirname): string | undefined {
  let dir = from;
  for (;;) {
    const candidate = path.join(dir, 'web', 'dist');
    if (existsSync(path.join(candidate, 'index.html'))) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}
