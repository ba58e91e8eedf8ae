import { fileURLToPath } from 'node:url';
import { spawnTracked } from './children';
import type { GatewayProcess } from './gateways';
import type { LoadPlan, LoadResult } from './load';
import { cpuMs, machineBusyMs, sampleRss } from './proc';
import { summarize, type Summary } from './stats';

const loadScript = fileURLToPath(new URL('./load.ts', import.meta.url));

/** One measured span of load on one gateway. */
export interface LoadRun {
  durationMs: number;
  result: LoadResult;
  gatewayCpuMs: number;
  /** This process: the five subgraphs (the benchmark itself idles meanwhile). */
  subgraphsCpuMs: number;
  gatewayPeakRssMb: number;
  /** CPU the rest of the machine (not the gateway, subgraphs or load generator) used meanwhile. */
  otherCpuMs: number;
}

export interface ThroughputResult {
  gateway: string;
  concurrency: number;
  rounds: number;
  durationMs: number;
  requests: number;
  errors: number;
  errorSamples: string[];
  requestsPerSecond: number;
  /** req/s of each round, to show how steady the figure is. */
  requestsPerSecondByRound: number[];
  latencyMs: Summary;
  latencyByQueryMs: Record<string, Summary>;
  gatewayCpuMsPerRequest: number;
  subgraphsCpuMsPerRequest: number;
  loadGeneratorCpuMsPerRequest: number;
  gatewayPeakRssMb: number;
  /** Other processes' CPU over the measured spans, in % of one core (the machine has them all). */
  otherCpuPercent: number;
}

/** Drives `gateway` with the load generator in its own process; reads CPU over the measured span. */
export async function runLoad(
  gateway: GatewayProcess,
  plan: Omit<LoadPlan, 'url'>,
): Promise<LoadRun> {
  const args = ['--import', 'tsx', loadScript, JSON.stringify({ ...plan, url: gateway.url })];
  const child = spawnTracked(process.execPath, args, {
    stdio: ['ignore', 'pipe', 'inherit', 'ipc'],
  });
  let out = '';
  child.stdout!.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const marks: Record<string, { gatewayCpu: number; ownCpu: NodeJS.CpuUsage; busy: number }> = {};
  let sampler: { stop(): number } | null = null;
  let peak = 0;
  child.on('message', (message: { phase: 'measure' | 'end' }) => {
    marks[message.phase] = {
      gatewayCpu: cpuMs(gateway.pid),
      ownCpu: process.cpuUsage(),
      busy: machineBusyMs(),
    };
    if (message.phase === 'measure') sampler = sampleRss(gateway.pid, 100);
    if (message.phase === 'end') peak = sampler?.stop() ?? 0;
  });
  // Bounded: a load generator that hangs is ended, and the run fails.
  const limit = setTimeout(() => child.kill('SIGKILL'), plan.warmupMs + plan.durationMs + 30_000);
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
  clearTimeout(limit);
  const { measure, end } = marks;
  if (code !== 0 || !measure || !end) throw new Error(`load generator failed (exit ${code})`);
  const own = (u: NodeJS.CpuUsage) => (u.user + u.system) / 1000;
  const result = JSON.parse(out.trim().split('\n').at(-1)!) as LoadResult;
  const gatewayCpuMs = end.gatewayCpu - measure.gatewayCpu;
  const subgraphsCpuMs = own(end.ownCpu) - own(measure.ownCpu);
  const ours = gatewayCpuMs + subgraphsCpuMs + result.loadCpuMs;
  return {
    durationMs: plan.durationMs,
    result,
    gatewayCpuMs,
    subgraphsCpuMs,
    gatewayPeakRssMb: peak,
    otherCpuMs: Math.max(0, end.busy - measure.busy - ours),
  };
}

/** The runs of one gateway as one figure. */
export function combineRuns(
  gateway: string,
  concurrency: number,
  runs: LoadRun[],
): ThroughputResult {
  const requests = runs.reduce((n, r) => n + r.result.requests, 0);
  const durationMs = runs.reduce((n, r) => n + r.durationMs, 0);
  const sum = (pick: (r: LoadRun) => number) => runs.reduce((n, r) => n + pick(r), 0);
  const perRequest = (ms: number) => Math.round((ms / Math.max(1, requests)) * 100) / 100;
  const perSecond = (n: number, ms: number) => Math.round((n / (ms / 1000)) * 10) / 10;
  const names = Object.keys(runs[0]?.result.latencies ?? {});
  const latenciesOf = (name: string) => runs.flatMap((r) => r.result.latencies[name] ?? []);
  return {
    gateway,
    concurrency,
    rounds: runs.length,
    durationMs,
    requests,
    errors: sum((r) => r.result.errors),
    errorSamples: runs.flatMap((r) => r.result.errorSamples).slice(0, 5),
    requestsPerSecond: perSecond(requests, durationMs),
    requestsPerSecondByRound: runs.map((r) => perSecond(r.result.requests, r.durationMs)),
    latencyMs: summarize(names.flatMap(latenciesOf)),
    latencyByQueryMs: Object.fromEntries(names.map((name) => [name, summarize(latenciesOf(name))])),
    gatewayCpuMsPerRequest: perRequest(sum((r) => r.gatewayCpuMs)),
    subgraphsCpuMsPerRequest: perRequest(sum((r) => r.subgraphsCpuMs)),
    loadGeneratorCpuMsPerRequest: perRequest(sum((r) => r.result.loadCpuMs)),
    gatewayPeakRssMb: Math.max(...runs.map((r) => r.gatewayPeakRssMb)),
    otherCpuPercent: Math.round((sum((r) => r.otherCpuMs) / durationMs) * 100),
  };
}
