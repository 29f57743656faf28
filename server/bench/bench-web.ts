import { randomBytes } from 'node:crypto';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Logger } from '@nestjs/common';
import type { Browser } from 'playwright-core';
import { freePort } from '../src/common/free-port.js';
import { startEmbeddedPostgres } from '../src/database/embedded-postgres.js';
import { launchChromium } from '../tools/chromium.js';
import { type CompiledProcess, runCompiled } from '../tools/compiled-process.js';

/**
 * npm run bench:web [-- --runs 5]  (issue 20, Speed)
 * 1. Bundle: the JS that the sign-in route and the queue route load, from Vite's manifest (the entry
 *    chunk and its static imports; for the queue also the route's lazy chunk and its imports), raw and as
 *    the precompressed .gz and .br files the server sends.
 * 2. First load: the compiled server (as `npm start` runs it) on an embedded PostgreSQL with the demo
 *    source's posts; Chromium with a 4x slower CPU and a 10 Mbps / 40 ms connection, a fresh profile per
 *    run. Times, in the page's own clock, the sign-in form on screen after navigation starts (the form
 *    the server sends in the HTML), the app's own form in its place (React mounted: usable without a
 *    page load), and the queue's first rows after the sign-in form is submitted (landing on /queue).
 *    Median of `runs`.
 */

const REPO_ROOT = path.resolve(__dirname, '../../../..'); // from server/dist/server/bench
const WEB_DIST = path.join(REPO_ROOT, 'web/dist');
const SERVER_ENTRY = path.join(REPO_ROOT, 'server/dist/server/src/main.js');
const USER_CLI = path.join(REPO_ROOT, 'server/dist/server/src/cli/user.js');

const TARGETS = { signInKb: 150, queueKb: 250, signInMs: 1500, queueMs: 2500 };

function flag(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? Number(process.argv[index + 1]) : fallback;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};
const kb = (bytes: number) => (bytes / 1024).toFixed(1).padStart(8);

// ---------------------------------------------------------------------------------------------- bundle

type ManifestChunk = { file: string; imports?: string[]; dynamicImports?: string[]; css?: string[]; isEntry?: boolean };
type Manifest = Record<string, ManifestChunk>;

/** Every chunk a key loads before it runs: itself and its static imports, transitively. */
function staticClosure(manifest: Manifest, keys: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${key} is not in web/dist/.vite/manifest.json`);
    seen.add(key);
    chunk.imports?.forEach(visit);
  };
  keys.forEach(visit);
  return seen;
}

type Bytes = { files: string[]; raw: number; gzip: number; brotli: number };

async function bytesOf(files: string[]): Promise<Bytes> {
  const total: Bytes = { files, raw: 0, gzip: 0, brotli: 0 };
  for (const file of files) {
    const full = path.join(WEB_DIST, file);
    total.raw += (await stat(full)).size;
    total.gzip += (await stat(`${full}.gz`)).size;
    total.brotli += (await stat(`${full}.br`)).size;
  }
  return total;
}

async function bundle(): Promise<{ signIn: Bytes; queue: Bytes }> {
  const manifest = JSON.parse(await readFile(path.join(WEB_DIST, '.vite/manifest.json'), 'utf8')) as Manifest;
  const entry = Object.keys(manifest).find((key) => manifest[key]!.isEntry && key.endsWith('index.html'));
  const queueRoute = Object.keys(manifest).find((key) => key.endsWith('src/app/routes/queue.tsx'));
  if (!entry || !queueRoute) throw new Error('the manifest has no index.html entry or no queue route chunk');
  const jsOf = (keys: Set<string>) => [...keys].map((key) => manifest[key]!.file).filter((f) => f.endsWith('.js'));
  const signInFiles = jsOf(staticClosure(manifest, [entry]));
  const queueFiles = jsOf(staticClosure(manifest, [entry, queueRoute]));
  const [signIn, queue] = await Promise.all([bytesOf(signInFiles), bytesOf(queueFiles)]);

  // recharts draws with class names like "recharts-wrapper": none may reach these two routes.
  for (const [name, files] of [
    ['sign-in', signInFiles],
    ['queue', queueFiles],
  ] as const) {
    for (const file of files) {
      if ((await readFile(path.join(WEB_DIST, file), 'utf8')).includes('recharts-')) {
        throw new Error(`${name} loads ${file}, which contains recharts`);
      }
    }
  }

  console.log('\nBundle: the JS each route loads (from web/dist/.vite/manifest.json), KB');
  console.log(
    `${'route'.padEnd(10)} ${'files'.padStart(6)} ${'raw'.padStart(8)} ${'gzip'.padStart(8)} ${'brotli'.padStart(8)}  target (compressed)`,
  );
  for (const [name, b, target] of [
    ['sign-in', signIn, TARGETS.signInKb],
    ['queue', queue, TARGETS.queueKb],
  ] as const) {
    const ok = b.gzip / 1024 <= target;
    console.log(
      `${name.padEnd(10)} ${String(b.files.length).padStart(6)} ${kb(b.raw)} ${kb(b.gzip)} ${kb(b.brotli)}  <= ${target} KB gzip: ${ok ? 'ok' : 'MISSED'}`,
    );
  }
  console.log('recharts in either: no');
  return { signIn, queue };
}

// ------------------------------------------------------------------------------------------ first load

/** A compiled entry point (the server, a CLI) with only the variables given, as `npm start` runs it. */
function spawnCompiled(entry: string, args: string[], env: Record<string, string>): CompiledProcess {
  return runCompiled(REPO_ROOT, entry, args, env);
}

async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string,
  gaveUp: () => string | undefined = () => undefined,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const reason = gaveUp();
    if (reason !== undefined) throw new Error(`${reason} while waiting for ${what}`);
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** The compiled server on its own embedded PostgreSQL, with the demo source on and one comms user. */
async function startStack(dir: string, logger: Logger) {
  const database = await startEmbeddedPostgres(path.join(dir, 'pg'), await freePort(), logger);
  const port = await freePort();
  const env = {
    NODE_ENV: 'production',
    DATABASE_URL: database.url,
    DATABASE_OWNER_URL: database.ownerUrl,
    AUDIT_KEY: randomBytes(32).toString('hex'),
    // Production wants the suppression list's key outside the database: a throwaway one here.
    SUPPRESSION_KEY: randomBytes(32).toString('hex'),
    AUDIT_CHECKPOINT_FILE: path.join(dir, 'audit-checkpoints.jsonl'),
    DATA_DIR: dir,
    PORT: String(port),
    ADMIN_BOOTSTRAP: 'off',
    DEMO: 'on',
  };
  const email = 'bench.comms@open.ac.uk';
  const password = 'bench password, long enough';
  const server = spawnCompiled(SERVER_ENTRY, [], env);
  const base = `http://127.0.0.1:${port}`;
  let exited = false;
  void server.exited.then(() => (exited = true));
  // A server that stopped (a configuration error) will not come up: say so now, not after the timeout.
  await waitFor(
    async () => ((await fetch(`${base}/api/health`)).ok ? true : undefined),
    120_000,
    'the server',
    () => (exited ? 'the server exited' : undefined),
  ).catch((error: unknown) => {
    throw new Error(`${String(error)}; the server said:\n${server.output()}`);
  });
  const cli = spawnCompiled(
    USER_CLI,
    ['create', '--email', email, '--role', 'comms', '--name', 'Bench Comms', '--password', password],
    env,
  );
  if ((await cli.exited) !== 0) throw new Error(`creating the bench user failed:\n${cli.output()}`);

  // The demo source's first pass fills the queue; wait until a page of it is there.
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: base },
    body: JSON.stringify({ email, password }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const rows = await waitFor(
    async () => {
      const res = await fetch(`${base}/api/mentions`, { headers: { Cookie: cookie } });
      const body = (await res.json()) as { items?: unknown[] };
      return (body.items?.length ?? 0) >= 20 ? body.items!.length : undefined;
    },
    180_000,
    'the demo posts',
  );
  return { base, email, password, rows, server, database };
}

/**
 * Installed before the page's own scripts: times, in the page's clock, when each milestone shows.
 * /sign-in arrives with the form already in its HTML (web/prerender-sign-in.ts), so "visible" is the
 * first frame in which that form's email field is laid out with every stylesheet of the page
 * applied (a form drawn without its CSS would not count): the frame the person can see it in.
 * "Usable" is when the app has replaced it with its own form (React mounted: the app's form has no
 * data-prerendered); before then a submit is an ordinary POST that the server handles.
 */
const MILESTONES = `(() => {
  const marks = (window.__benchMarks = {});
  const styled = () =>
    [...document.querySelectorAll('link[rel=stylesheet]')].every((link) => link.sheet !== null);
  const frame = () => {
    const email = document.querySelector('form.sign-in input[type=email]');
    if (marks.signIn === undefined && email && styled() && email.getBoundingClientRect().width > 0)
      marks.signIn = performance.now();
    if (marks.usable === undefined && document.querySelector('form.sign-in:not([data-prerendered])'))
      marks.usable = performance.now();
    if (marks.usable === undefined) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  const check = () => {
    if (marks.rows === undefined && marks.submit !== undefined && document.querySelector('[data-mention-id]'))
      requestAnimationFrame(() => (marks.rows ??= performance.now()));
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  document.addEventListener('submit', () => (marks.submit = performance.now()), true);
})();`;

type Marks = { signIn?: number; usable?: number; submit?: number; rows?: number };
/** The page's global as MILESTONES leaves it (the server's TypeScript has no DOM types). */
declare const window: { __benchMarks: Marks };
/** Chromium's own accounting (CDP Performance.getMetrics), seconds of main-thread work so far. */
type Work = { script: number; layout: number; style: number; task: number };
/** What the page's resource timing entries give (the server's TypeScript has no DOM types). */
type ResourceEntry = { name: string; startTime: number; responseEnd: number };
/** One request of the page: its path and when it started and finished, in the page's clock. */
type Request = { path: string; start: number; end: number };
type Run = {
  signInMs: number;
  usableMs: number;
  queueMs: number;
  jsBytes: { signIn: number; queue: number };
  recharts: boolean;
  /** main-thread work up to the sign-in form, from there to the app's form, and from submitting to the rows */
  work: { signIn: Work; usable: Work; queue: Work };
  requests: Request[];
  submitMs: number;
};

async function workSoFar(cdp: {
  send(method: 'Performance.getMetrics'): Promise<{ metrics: { name: string; value: number }[] }>;
}): Promise<Work> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const value = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
  return {
    script: value('ScriptDuration'),
    layout: value('LayoutDuration'),
    style: value('RecalcStyleDuration'),
    task: value('TaskDuration'),
  };
}
const minus = (a: Work, b: Work): Work => ({
  script: a.script - b.script,
  layout: a.layout - b.layout,
  style: a.style - b.style,
  task: a.task - b.task,
});

async function firstLoad(browser: Browser, stack: { base: string; email: string; password: string }): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Performance.enable');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 40,
      downloadThroughput: (10 * 1_000_000) / 8,
      uploadThroughput: (10 * 1_000_000) / 8,
    });
    // What went over the wire for scripts, before and after the sign-in form was submitted.
    const scripts = new Map<string, string>();
    const jsBytes = { signIn: 0, queue: 0 };
    let phase: 'signIn' | 'queue' = 'signIn';
    let recharts = false;
    cdp.on('Network.responseReceived', (event) => {
      if (event.type === 'Script') scripts.set(event.requestId, event.response.url);
    });
    cdp.on('Network.loadingFinished', (event) => {
      const url = scripts.get(event.requestId);
      if (url === undefined) return;
      jsBytes[phase] += event.encodedDataLength;
      if (/\/assets\/trends-/.test(url)) recharts = true;
    });
    await page.addInitScript(MILESTONES);

    await page.goto(`${stack.base}/sign-in?next=${encodeURIComponent('/queue')}`, { waitUntil: 'commit' });
    await page.waitForFunction(() => window.__benchMarks.signIn !== undefined, undefined, { timeout: 60_000 });
    const atSignIn = await workSoFar(cdp);
    // Typed into the app's own form, as the figures before the prerendered form were: the bench times
    // the queue after a sign-in through the app (its preloads), not the server's form POST.
    await page.waitForFunction(() => window.__benchMarks.usable !== undefined, undefined, { timeout: 60_000 });
    const atUsable = await workSoFar(cdp);
    await page.getByLabel('Email').fill(stack.email);
    await page.getByLabel('Password').fill(stack.password);
    phase = 'queue';
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForFunction(() => window.__benchMarks.rows !== undefined, undefined, { timeout: 60_000 });
    const atRows = await workSoFar(cdp);
    const marks = await page.evaluate(() => window.__benchMarks);
    const requests = await page.evaluate(() =>
      (
        [
          // Node's typings of performance know no 'navigation' entries; the page's do.
          ...performance.getEntriesByType('navigation' as 'resource'),
          ...performance.getEntriesByType('resource'),
        ] as unknown as ResourceEntry[]
      ).map((entry) => ({
        path: new URL(entry.name).pathname + new URL(entry.name).search,
        start: entry.startTime,
        end: entry.responseEnd,
      })),
    );
    return {
      signInMs: marks.signIn!,
      usableMs: marks.usable!,
      queueMs: marks.rows! - marks.submit!,
      jsBytes,
      recharts,
      work: { signIn: atSignIn, usable: minus(atUsable, atSignIn), queue: minus(atRows, atUsable) },
      requests,
      submitMs: marks.submit!,
    };
  } finally {
    await context.close();
  }
}

async function main(): Promise<void> {
  const runs = flag('runs', 5);
  await bundle();

  const logger = new Logger('BenchWeb');
  const dir = await mkdtemp(path.join(tmpdir(), 'ou-bench-web-'));
  await chmod(dir, 0o755); // as root, embedded-postgres runs initdb as the postgres user
  let server: CompiledProcess | undefined;
  let database: { stop(): Promise<void> } | undefined;
  let browser: Browser | undefined;
  try {
    const stack = await startStack(dir, logger);
    server = stack.server;
    database = stack.database;
    browser = await launchChromium();
    await firstLoad(browser, stack); // warm-up: the server's and database's caches, not the browser's
    const results: Run[] = [];
    for (let i = 0; i < runs; i++) results.push(await firstLoad(browser, stack));

    console.log(
      `\nFirst load: Chromium, CPU 4x slower, 10 Mbps / 40 ms, a fresh profile per run; ${runs} runs after 1 warm-up;`,
    );
    console.log(`the compiled server with the demo source (${stack.rows}+ rows on the queue's first page), ms`);
    console.log(`${'milestone'.padEnd(44)} ${'median'.padStart(8)} ${'min'.padStart(8)} ${'max'.padStart(8)}  target`);
    for (const [name, values, target] of [
      ['sign-in form visible (from navigation)', results.map((r) => r.signInMs), TARGETS.signInMs],
      ['sign-in form usable (React mounted)', results.map((r) => r.usableMs), undefined],
      ['queue first rows (from submitting sign-in)', results.map((r) => r.queueMs), TARGETS.queueMs],
    ] as const) {
      const m = median(values);
      console.log(
        `${name.padEnd(44)} ${m.toFixed(0).padStart(8)} ${Math.min(...values)
          .toFixed(0)
          .padStart(8)} ${Math.max(...values)
          .toFixed(0)
          .padStart(8)}  ${target === undefined ? '(no target)' : `< ${target}: ${m < target ? 'ok' : 'MISSED'}`}`,
      );
    }
    const ms = (seconds: number) => (seconds * 1000).toFixed(0).padStart(8);
    console.log(
      `\nWhere the time went: Chromium's main-thread work (CDP Performance.getMetrics), ms, median of ${runs}`,
    );
    console.log(
      `${'phase'.padEnd(44)} ${'script'.padStart(8)} ${'style'.padStart(8)} ${'layout'.padStart(8)} ${'all tasks'.padStart(9)}`,
    );
    const PHASES = {
      signIn: 'navigation to the sign-in form',
      usable: 'the sign-in form to the app running it',
      queue: 'submitting to the first rows',
    } as const;
    for (const phase of ['signIn', 'usable', 'queue'] as const) {
      const of = (key: keyof Work) => median(results.map((r) => r.work[phase][key]));
      console.log(
        `${PHASES[phase].padEnd(44)} ${ms(of('script'))} ${ms(of('style'))} ${ms(of('layout'))} ${ms(of('task')).padStart(9)}`,
      );
    }
    const typical = [...results].sort((a, b) => a.queueMs - b.queueMs)[Math.floor(results.length / 2)]!;
    console.log(
      `\nRequests of the run with the median queue time (ms in the page's clock; sign-in submitted at ${typical.submitMs.toFixed(0)}):`,
    );
    for (const request of [...typical.requests].sort((a, b) => a.start - b.start))
      console.log(`${request.start.toFixed(0).padStart(7)} → ${request.end.toFixed(0).padStart(7)}  ${request.path}`);
    const last = results.at(-1)!;
    console.log(
      `JS over the wire in the last run: sign-in ${kb(last.jsBytes.signIn).trim()} KB, then the queue ${kb(last.jsBytes.queue).trim()} KB more; charts chunk fetched: ${results.some((r) => r.recharts) ? 'YES' : 'no'}`,
    );
  } finally {
    await browser?.close();
    if (server) {
      server.child.kill('SIGTERM');
      await server.exited;
    }
    await database?.stop();
    await rm(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : String(error));
  process.exit(1);
});
