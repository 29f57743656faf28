import { parseArgs } from 'node:util';
import { startFakeX } from './fake-x.server.js';

/**
 * npm run fake:x -- --port 4010 --posts 1000 [--rate-limited 2 --reset-in 30] [--failures 3]
 *                   [--delay-ms 500] [--malformed-every 50] [--overlap 10]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '4010' },
      posts: { type: 'string', default: '1000' },
      'rate-limited': { type: 'string' },
      'reset-in': { type: 'string' },
      failures: { type: 'string' },
      'delay-ms': { type: 'string' },
      'malformed-every': { type: 'string' },
      overlap: { type: 'string' },
    },
  });
  const number = (name: keyof typeof values): number | undefined => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number (got "${raw}")`);
    return Number(raw);
  };
  const fake = await startFakeX(
    {
      posts: number('posts'),
      rateLimited: number('rate-limited'),
      resetInSeconds: number('reset-in'),
      failures: number('failures'),
      delayMs: number('delay-ms'),
      malformedEvery: number('malformed-every'),
      overlap: number('overlap'),
    },
    number('port'),
  );
  console.log(`Fake X API with ${fake.postCount} posts on ${fake.url} (GET /2/tweets/search/recent). Ctrl-C stops it.`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const)
    process.on(signal, () => void fake.close().then(() => process.exit(0)));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
