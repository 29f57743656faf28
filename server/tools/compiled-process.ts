import { type ChildProcess, spawn } from 'node:child_process';

export type CompiledProcess = { child: ChildProcess; output(): string; exited: Promise<number | null> };

/**
 * Runs a compiled entry point (the server, a CLI) from `cwd` as `npm start` would, with only the
 * variables given plus PATH, gathering what it prints on stdout and stderr.
 */
export function runCompiled(cwd: string, entry: string, args: string[], env: Record<string, string>): CompiledProcess {
  const child = spawn(process.execPath, [entry, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exited };
}
