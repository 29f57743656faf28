import { SOURCE_KINDS } from '@ou-listening/shared';
import { parseArgs } from 'node:util';
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
      options: {
        platform: { type: 'string' },
        port: { type: 'string', default: '4010' },
        posts: { type: 'string', default: '1000' },
        'rate-limited': { type: 'boolean' },
        'reset-in': { type: 'string' },
        failures: { type: 'string' },
        'malformed-every': { type: 'string' },
        'delay-ms': { type: 'string' },
      },
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
  const number = (name: 'port' | 'posts' | 'reset-in' | 'failures' | 'malformed-every' | 'delay-ms') => {
    const raw = values[name];
    if (raw === undefined) return undefined;
    if (!/^\d+$/.test(raw)) throw new Error(`--${name} must be a whole number (got "${raw}")`);
    return Number(raw);
  };
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
