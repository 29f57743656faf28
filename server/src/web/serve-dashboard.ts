import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';

/**
 * Serves the built dashboard at `/`, with every non-API GET that is not a file answered by
 * index.html so that client-side routes survive a reload.
 */
export function serveDashboard(app: NestExpressApplication, webDistDir: string | undefined, logger: Logger): void {
  const indexHtml = webDistDir ? path.join(webDistDir, 'index.html') : undefined;
  if (!webDistDir || !indexHtml || !existsSync(indexHtml)) {
    logger.warn(
      'The dashboard is not built (web/dist/index.html is missing): serving the API only. Run `npm run build`.',
    );
    return;
  }
  app.useStaticAssets(webDistDir, { index: false, maxAge: '1h', immutable: false });
  app.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || req.path === '/api' || req.path.startsWith('/api/')) {
      next();
      return;
    }
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(indexHtml);
  });
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
