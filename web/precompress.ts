import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Every text file the dashboard ships; images other than SVG are already compressed. */
export const TEXT_ASSET = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest|xml)$/;

async function* filesUnder(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      // Vite's manifest (.vite/) is for the bench, not for browsers.
      if (!entry.name.startsWith('.')) yield* filesUnder(full);
    } else if (TEXT_ASSET.test(entry.name)) yield full;
  }
}

/**
 * Writes `name.br` and `name.gz` beside every text file of the build, at the strongest settings,
 * so the server only picks a file by Accept-Encoding and never compresses per request (issue 20).
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'ou-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = path.resolve(config.root, config.build.outDir);
    },
    async closeBundle() {
      for await (const file of filesUnder(outDir)) {
        const content = await readFile(file);
        const [br, gz] = await Promise.all([
          brotli(content, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
              [constants.BROTLI_PARAM_SIZE_HINT]: (await stat(file)).size,
            },
          }),
          gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
        ]);
        await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)]);
      }
    },
  };
}
