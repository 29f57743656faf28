import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createServer, type Plugin } from 'vite';

/** The module that renders the page, loaded through Vite so it compiles as the app does. */
const RENDERER = '/src/app/prerender-sign-in.tsx';
const EMPTY_ROOT = '<div id="root"></div>';
const STYLESHEET = /\s*<link rel="stylesheet"[^>]*>/g;

/**
 * Writes dist/sign-in.html (issue 20, first load): index.html with the sign-in page already in
 * #root, rendered by the app's own components, so the form is on screen (and takes typing) as soon
 * as the HTML and the stylesheet are in, before a script has run. The server sends it for /sign-in.
 * It runs before the precompression (sequential, first), so the page gets its .br and .gz too.
 */
export function prerenderSignIn(): Plugin {
  let root = '';
  let outDir = 'dist';
  return {
    name: 'ou-prerender-sign-in',
    apply: 'build',
    configResolved(config) {
      root = config.root;
      outDir = path.resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      order: 'pre',
      sequential: true,
      async handler() {
        const server = await createServer({
          root,
          logLevel: 'error',
          server: { middlewareMode: true, hmr: false, watch: null },
          appType: 'custom',
        });
        try {
          const { renderSignInPage } = (await server.ssrLoadModule(RENDERER)) as { renderSignInPage(): string };
          const index = await readFile(path.join(outDir, 'index.html'), 'utf8');
          if (!index.includes(EMPTY_ROOT)) throw new Error(`dist/index.html has no ${EMPTY_ROOT} to fill`);
          // The stylesheet first: the form waits for it alone, and behind the app's nine scripts it
          // could wait for one of HTTP/1.1's six connections.
          const stylesheets = index.match(STYLESHEET) ?? [];
          const page = index
            .replace(STYLESHEET, '')
            .replace('</title>', `</title>${stylesheets.join('')}`)
            .replace(EMPTY_ROOT, `<div id="root">${renderSignInPage()}</div>`);
          await writeFile(path.join(outDir, 'sign-in.html'), page);
        } finally {
          await server.close();
        }
      },
    },
  };
}
