import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { precompress } from './precompress.ts';
import { prerenderSignIn } from './prerender-sign-in.ts';

// The dashboard compiles shared/ from source so that both sides use one set of types and constants.
const sharedSource = fileURLToPath(new URL('../shared/src/index.ts', import.meta.url));

export default defineConfig({
  plugins: [react(), prerenderSignIn(), precompress()],
  resolve: { alias: { '@ou-listening/shared': sharedSource } },
  server: { proxy: { '/api': 'http://localhost:3000' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // No source maps in the build the server serves (issue 20): the 4.6 MB map exposed the source.
    sourcemap: false,
    // .vite/manifest.json: which chunks each route loads, read by npm run bench:web.
    manifest: true,
  },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
