import { parseArgs } from 'node:util';
import { FAKE_FLAGS, wholeNumberFlag } from '../fake-cli.js';
import { startFakeX } from './fake-x.server.js';

/**
 * npm run fake:x -- --port 4010 --posts 1000 [--rate-limited 2 --reset-in 30] [--failures 3]
 *                   [--delay-ms 500] [--malformed-every 50] [--overlap 10]
 */
async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { ...FAKE_FLAGS, 'rate-limited': { type: 'string' }, overlap: { type: 'string' } },
  });
  const number = (name: keyof typeof values): number | undefined => wholeNumberFlag(name, values[name]);
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
