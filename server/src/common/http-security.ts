import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Headers, cookies and the same-origin rule for the whole app. Registered before any route, so
 * error answers (404, 403, 500) carry the same headers as successes.
 */
export function applyHttpSecurity(app: NestExpressApplication): void {
  app.use(
    helmet({
      contentSecurityPolicy: {
        useDefaults: false,
        directives: {
          defaultSrc: ["'self'"],
          objectSrc: ["'none'"],
          baseUri: ["'none'"],
          frameAncestors: ["'none'"],
          formAction: ["'self'"],
          imgSrc: ["'self'", 'data:'],
        },
      },
      referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
      crossOriginEmbedderPolicy: false,
    }),
  );
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (req.path === '/api' || req.path.startsWith('/api/')) res.setHeader('Cache-Control', 'no-store');
    next();
  });
  app.use(refuseCrossSiteWrites);
  app.use(cookieParser());
}

/**
 * CSRF defence without tokens: browsers say where a request comes from (Sec-Fetch-Site, Origin),
 * and the session cookie is SameSite=Strict besides. A write from another site is refused.
 */
export function refuseCrossSiteWrites(req: Request, res: Response, next: NextFunction): void {
  if (!STATE_CHANGING.has(req.method)) return next();
  const fetchSite = req.get('sec-fetch-site');
  const origin = req.get('origin');
  const crossSite = fetchSite === 'cross-site' || fetchSite === 'same-site';
  const foreignOrigin = origin !== undefined && origin !== `${req.protocol}://${req.get('host')}`;
  if (!crossSite && !foreignOrigin) return next();
  res.status(403).json({ statusCode: 403, error: 'Forbidden', message: 'Cross-site request refused' });
}
