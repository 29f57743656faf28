import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '@nestjs/common';

/** Whether `pid` is a live process whose command line contains `name` (guards against reused pids). */
function isRunning(pid: number, name: string): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(name);
  } catch {
    // No /proc (not Linux): the signal check is all we have.
    return true;
  }
}

function firstLineNumber(file: string): number {
  try {
    return Number(readFileSync(file, 'utf8').split('\n')[0]);
  } catch {
    return NaN;
  }
}

/**
 * Claims DATA_DIR for this process (DATA_DIR/server.pid). A claim by a live Node process means
 * another copy of the server or a CLI is using the directory; a claim by a dead one is stale.
 */
export function claimDataDir(dataDir: string): () => void {
  const file = path.join(dataDir, 'server.pid');
  const holder = firstLineNumber(file);
  if (holder !== process.pid && isRunning(holder, 'node'))
    throw new Error(
      `Another copy of the server (or a command-line tool) is using ${dataDir} (process ${holder}). ` +
        'Stop it first, or give this one its own DATA_DIR.',
    );
  writeFileSync(file, `${process.pid}\n`);
  return () => {
    if (firstLineNumber(file) === process.pid) rmSync(file, { force: true });
  };
}

/**
 * A PostgreSQL left running by a server that was killed with SIGKILL keeps its postmaster.pid, and
 * the next start then fails. Once this process holds DATA_DIR, any postmaster still running on
 * the cluster is such a leftover: ask it for a fast shutdown (SIGINT) and wait for it to go.
 */
export async function stopLeftoverPostmaster(databaseDir: string, logger: Logger, waitMs = 30_000): Promise<void> {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = firstLineNumber(pidFile);
  if (!isRunning(pid, 'postgres')) return;
  logger.warn(`A PostgreSQL left running by an earlier server (process ${pid}) holds ${databaseDir}: stopping it`);
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + waitMs;
  while (isRunning(pid, 'postgres')) {
    if (Date.now() > deadline)
      throw new Error(`The leftover PostgreSQL (process ${pid}) did not stop within ${waitMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
