import { existsSync } from 'node:fs';
import path from 'node:path';
import { type CompiledProcess, runCompiled } from '../../tools/compiled-process';

export const REPO_ROOT = path.resolve(__dirname, '../../..');
export const SERVER_ENTRY = path.join(REPO_ROOT, 'server/dist/server/src/main.js');
export const INGEST_CLI = path.join(REPO_ROOT, 'server/dist/server/src/ingest/ingest.cli.js');

export { freePort } from '../../src/common/free-port';

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
