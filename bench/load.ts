/**
 * The load generator, run as its own process so its CPU is not the gateway's or the subgraphs'.
 * Reads a LoadPlan as JSON from argv[2]; `concurrency` workers each send one request at a time
 * over keep-alive connections, for warmupMs (not recorded) and then durationMs; the result
 * (a LoadResult) is printed as one JSON line.
 */
import { Agent, request } from 'node:http';

export interface LoadPlan {
  url: string;
  token?: string;
  concurrency: number;
  warmupMs: number;
  durationMs: number;
  /** Sent in turn; each with its name for per-query figures. */
  mix: { name: string; body: string }[];
}

export interface LoadResult {
  requests: number;
  errors: number;
  /** First error bodies or reasons, to tell what failed. */
  errorSamples: string[];
  elapsedMs: number;
  /** Milliseconds per request, by query name (measured phase only). */
  latencies: Record<string, number[]>;
  /** Wall-clock (epoch ms) bounds of the measured phase. */
  measuredFrom: number;
  measuredTo: number;
  loadCpuMs: number;
}

function send(agent: Agent, url: URL, body: string, token?: string) {
  return new Promise<{ status: number; text: string }>((resolve, reject) => {
    const req = request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString() }),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

/** Tells the parent (when there is one) where the run stands. */
function tell(phase: 'measure' | 'end') {
  if (process.connected) process.send?.({ phase });
}

export async function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const url = new URL(plan.url);
  const agent = new Agent({ keepAlive: true, maxSockets: plan.concurrency });
  const latencies: Record<string, number[]> = Object.fromEntries(plan.mix.map((m) => [m.name, []]));
  const errorSamples: string[] = [];
  let requests = 0;
  let errors = 0;
  let next = 0;
  const start = performance.now();
  const measureFrom = start + plan.warmupMs;
  const end = measureFrom + plan.durationMs;
  let cpuBefore = process.cpuUsage();
  // Tells the parent when to read the gateway's CPU counters.
  const marks = [
    setTimeout(() => {
      cpuBefore = process.cpuUsage();
      tell('measure');
    }, plan.warmupMs),
    setTimeout(() => tell('end'), plan.warmupMs + plan.durationMs),
  ];
  const worker = async () => {
    while (performance.now() < end) {
      const item = plan.mix[next++ % plan.mix.length]!;
      const sent = performance.now();
      let failure: string | null = null;
      try {
        const { status, text } = await send(agent, url, item.body, plan.token);
        if (status !== 200 || text.includes('"errors"')) failure = `${status} ${text}`;
      } catch (error) {
        failure = String(error);
      }
      const done = performance.now();
      if (sent < measureFrom || done > end) continue;
      requests++;
      latencies[item.name]!.push(done - sent);
      if (failure) {
        errors++;
        if (errorSamples.length < 5) errorSamples.push(`${item.name}: ${failure.slice(0, 300)}`);
      }
    }
  };
  await Promise.all(Array.from({ length: plan.concurrency }, worker));
  marks.forEach(clearTimeout);
  agent.destroy();
  const cpu = process.cpuUsage(cpuBefore);
  return {
    requests,
    errors,
    errorSamples,
    elapsedMs: plan.durationMs,
    latencies,
    measuredFrom: performance.timeOrigin + measureFrom,
    measuredTo: performance.timeOrigin + end,
    loadCpuMs: (cpu.user + cpu.system) / 1000,
  };
}

// Without the benchmark that started it, the run has no purpose.
process.on('disconnect', () => process.exit(1));

if (process.argv[2]) {
  const result = await runLoad(JSON.parse(process.argv[2]) as LoadPlan);
  // The IPC channel (ref'd by the 'disconnect' listener) would keep this process alive.
  process.stdout.write(`${JSON.stringify(result)}\n`, () => process.exit(0));
}
