import { existsSync } from 'node:fs';
import path from 'node:path';
import { type CompiledProcess, runCompiled } from '../../tools/compiled-process';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_ENTRY = path.join(REPO_ROOT, 'server/dist/server/src/main.js');
export const INGEST_CLI = path.join(REPO_ROOT, 'server/dist/server/src/cli/ingest.js');

export { freePort, twoFreePorts } from '../../src/common/free-port';

export type ServerProcess = CompiledProcess;

/** Runs the compiled server as `npm start` does, with only the variables given (plus PATH). */
export function spawnServer(env: Record<string, string>): ServerProcess {
  return spawnCompiled(SERVER_ENTRY, [], env);
}

/** Runs a compiled entry point (the server, a CLI) with only the variables given (plus PATH). */
export function spawnCompiled(entry: string, args: string[], env: Record<string, string>): ServerProcess {
  if (!existsSync(entry)) throw new Error(`${entry} is missing: npm test builds it first (npm run build)`);
  // The run's audit key and data folder (global-setup.mjs) unless the test says otherwise.
  return runCompiled(REPO_ROOT, entry, args, {
    AUDIT_KEY: process.env.AUDIT_KEY ?? '',
    DATA_DIR: process.env.DATA_DIR ?? '',
    ...env,
  });
}

/**
 * Waits for the server to answer /api/health, failing at once (with what it printed) if it exits
 * first, say because its port was taken.
 */
export async function waitForHealth(server: ServerProcess, port: number, timeoutMs: number): Promise<void> {
  let up = false;
  const exitedFirst = server.exited.then((code) => {
    if (!up)
      throw new Error(`the server exited (${code}) before answering /api/health; it printed:\n${server.output()}`);
  });
  await Promise.race([
    waitFor(
      async () => ((await fetch(`http://127.0.0.1:${port}/api/health`)).status === 200 ? true : undefined),
      timeoutMs,
      () => `the server to answer /api/health; it printed:\n${server.output()}`,
    ),
    exitedFirst,
  ]);
  up = true;
}

/** `what` may be a function, read only on timeout (say, a process's output so far). */
export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  timeoutMs: number,
  what: string | (() => string),
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline)
      throw new Error(`timed out after ${timeoutMs} ms waiting for ${typeof what === 'function' ? what() : what}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
