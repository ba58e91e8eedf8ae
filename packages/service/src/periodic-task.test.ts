import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordingLogger } from './recording-logger';
import { startPeriodicTask } from './periodic-task';

function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
}

describe('startPeriodicTask', () => {
  const { log, errors } = recordingLogger();

  beforeEach(() => {
    errors.length = 0;
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('runs every interval, never two runs at once', async () => {
    const runs: ReturnType<typeof deferred>[] = [];
    const task = startPeriodicTask({
      name: 'sweep',
      intervalMs: 1_000,
      log,
      run: () => {
        runs.push(deferred());
        return runs.at(-1)!.promise;
      },
    });
    expect(runs).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(3_000); // still running: these ticks are skipped
    expect(runs).toHaveLength(1);
    runs[0]!.resolve();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(runs).toHaveLength(2);
    runs[1]!.resolve();
    await task.stop();
  });

  it('logs a failed run and tries again on the next tick', async () => {
    let calls = 0;
    const task = startPeriodicTask({
      name: 'recover payments',
      intervalMs: 100,
      log,
      run: async () => {
        calls++;
        if (calls === 1) throw new Error('database down');
      },
    });
    await vi.advanceTimersByTimeAsync(200);
    expect(calls).toBe(2);
    expect(errors).toEqual([['recover payments failed', { error: new Error('database down') }]]);
    await task.stop();
  });

  it('stop waits for the run under way, and no run starts afterwards', async () => {
    const gate = deferred();
    let calls = 0;
    const task = startPeriodicTask({
      name: 'sweep',
      intervalMs: 100,
      log,
      run: () => {
        calls++;
        return gate.promise;
      },
    });
    await vi.advanceTimersByTimeAsync(100);
    const order: string[] = [];
    const stopped = task.stop().then(() => order.push('stopped'));
    await vi.advanceTimersByTimeAsync(0);
    order.push('released');
    gate.resolve();
    await stopped;
    expect(order).toEqual(['released', 'stopped']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(calls).toBe(1);
  });

  it('does not keep the process alive', async () => {
    vi.useRealTimers();
    const active = () => process.getActiveResourcesInfo().filter((r) => r === 'Timeout').length;
    const before = active();
    const task = startPeriodicTask({ name: 'sweep', intervalMs: 60_000, log, run: async () => {} });
    // An unref'd timer is not an active resource.
    expect(active()).toBe(before);
    await task.stop();
  });
});
