import { spawn, type ChildProcess, type SpawnOptions } from 'node:child_process';
import { rmSync } from 'node:fs';

const children = new Set<ChildProcess>();
const files = new Set<string>();

/** Last resort: no process this benchmark started outlives it, however it ends; nor its files. */
process.on('exit', () => {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  for (const file of files) rmSync(file, { force: true });
});

/** A temporary file removed when the benchmark ends, if not before. */
export function trackFile(file: string): string {
  files.add(file);
  return file;
}

/** Spawns a process the benchmark keeps track of until it exits. */
export function spawnTracked(command: string, args: string[], options: SpawnOptions): ChildProcess {
  const child = spawn(command, args, options);
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** Asks the child to stop (SIGTERM, or `message` over IPC), then kills it after `graceMs`. */
export async function stopChild(child: ChildProcess, message?: string, graceMs = 5_000) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  if (message && child.connected) child.send(message);
  else child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), graceMs);
  await exited;
  clearTimeout(killer);
}
