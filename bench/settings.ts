import { fileURLToPath } from 'node:url';
import type { HiveVariant } from './gateways';

/** What the benchmark runs; the BENCH_* variables shorten it for trial runs (see run.ts). */
const env = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
export const settings = {
  concurrency: env('BENCH_CONCURRENCY', 20),
  /** Load runs alternate between the gateways, so that other work on the machine hits all alike. */
  rounds: env('BENCH_ROUNDS', 3),
  warmupMs: env('BENCH_WARMUP_MS', 5_000),
  /** Measured time per gateway, spread over the rounds. */
  durationMs: env('BENCH_DURATION_MS', 15_000),
  subscribers: env('BENCH_SUBSCRIBERS', 200),
  /** Distinct users the subscribers sign in as (the gateway shares one upstream per user). */
  watchers: env('BENCH_WATCHERS', 20),
  events: env('BENCH_EVENTS', 10),
  contention: { calls: 50, customers: 10, stock: 10 },
};

/** Hive Gateway as the other gateway: like for like first (no request merging), then as shipped. */
export const hiveVariants: HiveVariant[] = [
  { name: 'hive-gateway', rustPlanner: false, deduplicate: false },
  { name: 'hive-gateway-rust', rustPlanner: true, deduplicate: false },
  { name: 'hive-gateway-merging', rustPlanner: false, deduplicate: true },
];
export const supergraphFile = fileURLToPath(
  new URL('../schema/supergraph.graphql', import.meta.url),
);
export const log = (message: string) =>
  console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
