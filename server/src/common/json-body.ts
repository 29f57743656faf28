import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/** Deeper than any body the API accepts (the deepest DTO is three levels), far short of a stack overflow. */
export const MAX_JSON_DEPTH = 32;
/** The largest body the API accepts: a 10,000-character text to classify fits several times over. */
export const MAX_JSON_BODY = '100kb';

/**
 * Routes that take a body other than JSON, by path prefix and media type. Everything else under
 * /api answers a non-JSON body with 415, so form posts never reach a handler.
 */
const NON_JSON_BODIES: { pathPrefix: string; type: string }[] = [
  // Reserved for report uploads (issue 12): multipart, parsed by the route itself.
  { pathPrefix: '/api/reports', type: 'multipart/form-data' },
];

const WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * JSON bodies only, within a size and a nesting depth checked on the raw bytes before anything
 * parses them (class-transformer recursed once per level and overflowed the stack at 5,000).
 */
export function applyJsonBodyRules(app: NestExpressApplication): void {
  app.use(refuseNonJsonBodies);
  app.useBodyParser('json', { limit: MAX_JSON_BODY, verify: refuseDeepJson });
}

export function refuseNonJsonBodies(req: Request, res: Response, next: NextFunction): void {
  if (!WITH_BODY.has(req.method) || !req.path.startsWith('/api/') || !hasBody(req)) return next();
  if (req.is('application/json')) return next();
  if (NON_JSON_BODIES.some((r) => isUnder(req.path, r.pathPrefix) && req.is(r.type))) return next();
  res.status(415).json({
    statusCode: 415,
    error: 'Unsupported Media Type',
    message: 'Send the body as JSON, with Content-Type: application/json',
  });
}

function isUnder(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}/`);
}

function hasBody(req: Request): boolean {
  return req.headers['transfer-encoding'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0;
}

/** body-parser's verify hook: an error with a status becomes that answer. */
function refuseDeepJson(_req: IncomingMessage, _res: ServerResponse, body: Buffer): void {
  if (jsonDepth(body) > MAX_JSON_DEPTH)
    throw Object.assign(new Error(`The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`), {
      status: 400,
      type: 'entity.too.deep',
    });
}

// The bytes the scan looks for, taken from the characters they are (all ASCII, one byte in UTF-8).
const OPEN_BRACE = '{'.charCodeAt(0);
const OPEN_BRACKET = '['.charCodeAt(0);
const CLOSE_BRACE = '}'.charCodeAt(0);
const CLOSE_BRACKET = ']'.charCodeAt(0);
const QUOTE = '"'.charCodeAt(0);
const BACKSLASH = '\\'.charCodeAt(0);

/** The deepest nesting of objects and arrays in JSON text, in one pass without parsing it. */
export function jsonDepth(json: Uint8Array): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < json.length; i++) {
    const byte = json[i];
    if (inString) {
      if (byte === BACKSLASH) i++;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) inString = true;
    else if (byte === OPEN_BRACE || byte === OPEN_BRACKET) deepest = Math.max(deepest, ++depth);
    else if (byte === CLOSE_BRACE || byte === CLOSE_BRACKET) depth--;
  }
  return deepest;
}
