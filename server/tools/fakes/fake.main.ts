import { SOURCE_KINDS } from '@ou-listening/shared';
import { parseArgs } from 'node:util';
import { FAKE_FLAGS, wholeNumberFlag } from './fake-cli.js';
import { FAKE_PLATFORMS, findFakePlatform } from './fake-platforms.js';

const USAGE =
  'usage: npm run fake -- --platform <x|mastodon|bluesky|reddit|youtube|rss> [--port N] [--posts N]\n' +
  '         [--rate-limited] [--reset-in SECONDS] [--failures N] [--malformed-every N] [--delay-ms N]';

/**
 * One platform's fake at the wire, for trying the server by hand: prints the variables that point
 * the server at it. --rate-limited answers the first request with 429 (reset --reset-in seconds
 * away, 30 by default); --failures N answers the next N with a 5xx.
 */
async function main(): Promise<number> {
  let values;
  try {
    values = parseArgs({
      options: { ...FAKE_FLAGS, platform: { type: 'string' }, 'rate-limited': { type: 'boolean' } },
    }).values;
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    return 2;
  }
  const platform = values.platform;
  const fake = platform ? findFakePlatform(platform) : undefined;
  if (!fake) {
    const known = FAKE_PLATFORMS.map((f) => f.platform).join(', ');
    const why = !platform
      ? '--platform is required'
      : (SOURCE_KINDS as readonly string[]).includes(platform)
        ? `there is no fake for ${platform} yet (have: ${known})`
        : `unknown platform "${platform}" (have: ${known})`;
    console.error(`${why}\n${USAGE}`);
    return 2;
  }
  const number = (name: keyof typeof FAKE_FLAGS) => wholeNumberFlag(name, values[name]);
  const running = await fake.start(
    {
      posts: number('posts') ?? 1000,
      rateLimited: values['rate-limited'] ? 1 : undefined,
      resetInSeconds: number('reset-in') ?? (values['rate-limited'] ? 30 : undefined),
      failures: number('failures'),
      malformedEvery: number('malformed-every'),
      delayMs: number('delay-ms'),
    },
    number('port'),
  );
  console.log(`Fake ${fake.platform} on ${running.url} (${fake.serves}). Point the server at it with:`);
  for (const [name, value] of Object.entries(running.env)) console.log(`  ${name}=${value}`);
  console.log('Ctrl-C stops it.');
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  await running.close();
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : String(error));
    process.exit(1);
  },
);
