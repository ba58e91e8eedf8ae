import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { format, resolveConfig } from 'prettier';
import {
  contentionSection,
  fmt,
  head,
  memorySection,
  row,
  sqlSection,
  subscriptionSection,
  throughputSection,
} from './report-tables';
import type { BenchResults, GatewayResult } from './results';

/** The headline figures in a few lines, computed from the tables below. */
function summary(r: BenchResults): string {
  const lines: string[] = [];
  const [ours, ...others] = r.gateways;
  if (ours) {
    const t = (g: GatewayResult) =>
      `${g.name} ${fmt(g.throughput.requestsPerSecond)} req/s, p99 ${fmt(g.throughput.latencyMs.p99)} ms, ${fmt(g.throughput.gatewayCpuMsPerRequest)} ms gateway CPU per request`;
    lines.push(
      `- Throughput at ${ours.throughput.concurrency} connections: ${[ours, ...others].map(t).join('; ')}.`,
    );
    const sql = ours.sql
      .map((c) => `${c.total} with ${c.orders} order${c.orders === 1 ? '' : 's'}`)
      .join(', ');
    lines.push(`- SQL statements per headline query through our gateway: ${sql}.`);
    const busiest = Math.max(...r.gateways.map((g) => g.throughput.otherCpuPercent));
    if (busiest > 10)
      lines.push(
        `- **Other work on the machine used up to ${busiest}% of a core during the load runs: the throughput figures are skewed; run again on a quiet machine.**`,
      );
  }
  const c = r.contention;
  if (c && 'skipped' in c) lines.push(`- Contention: skipped: ${c.skipped}.`);
  else if (c)
    lines.push(
      `- Contention: ${c.calls} concurrent placeOrder calls for ${c.stock} units placed ${c.placed} orders, ${c.oversold ? 'OVERSOLD' : 'none oversold'}, ${c.finalAvailable} left, in ${c.wallMs} ms.`,
    );
  const s = r.subscriptions;
  if (s)
    lines.push(
      `- Subscriptions: ${s.subscribers} subscribers, ${s.delivered} of ${s.expected} events delivered, notify to receipt p50 ${fmt(s.latencyMs.p50)} ms, p95 ${fmt(s.latencyMs.p95)} ms, max ${fmt(s.latencyMs.max)} ms.`,
    );
  if (ours)
    lines.push(
      `- Our gateway's RSS: ${fmt(ours.idleRssMb)} MB idle, ${fmt(ours.throughput.gatewayPeakRssMb)} MB under load${s ? `, ${fmt(s.gatewayRssSubscribedMb)} MB with ${s.subscribers} subscriptions, ${fmt(s.gatewayPeakRssMb)} MB while their events ran` : ''}.`,
    );
  return lines.join('\n');
}

function method(r: BenchResults): string {
  const st = r.settings as {
    concurrency: number;
    rounds: number;
    warmupMs: number;
    durationMs: number;
    contention: { calls: number; customers: number; stock: number };
  };
  const m = r.machine;
  return `One run of \`npm run bench\` (${r.totalSeconds} s). The five subgraphs run in the benchmark's own process on in-memory PGlite seeded with the demo data, on real HTTP over loopback. Each gateway is a process of its own against those same subgraphs, so its CPU time and RSS (read from /proc) are its own:

- **apollo-gateway**: ours (\`gateway/src/main.ts\`, @apollo/gateway ${m.apolloGateway}) in production mode: access token verified on every request, query limits, rate limits (set high enough not to refuse the load), a fresh internal credential signed for every subgraph request.
- **hive-gateway**: Hive Gateway ${m.hiveGateway} with its JavaScript query planner, configured by \`bench/hive.config.mjs\` to sign the same internal credential, for the demo patient, on every subgraph request, and not to merge identical in-flight subgraph requests (like for like with ours). It verifies no access token.
- **hive-gateway-rust**: the same with its Rust query planner (\`--hive-router-runtime\`).
- **hive-gateway-merging**: Hive with its JavaScript planner as shipped, merging identical subgraph requests in flight. Under this load (20 identical clients, one user) that saves the subgraphs much work; with many users it would merge little, since each user's requests carry their own credential.

1. **Throughput**: a load generator in its own process keeps ${st.concurrency} requests in flight over keep-alive connections, cycling through four queries as the demo patient: the headline query (all five subgraphs), a medication search, \`pharmaciesNearby\` with three medication ids, and one order by id. ${st.durationMs / 1000} s are measured per gateway, in ${st.rounds} rounds that take the gateways in turn, each round starting with the next one (so that other work on the machine, and the subgraphs warming up, fall on all of them alike), after ${st.warmupMs / 1000} s of warm-up in the first round. A response counts as an error unless it is 200 without \`errors\`. CPU per request: user+system time of the process over the measured spans, divided by the requests completed in them. "Other processes CPU %" is what the rest of the machine (anything but the gateway, the subgraphs and the load generator) used meanwhile, in % of one core: above a few percent, other work skewed the run.
2. **SQL statements**: every statement the subgraphs run is counted (the stack's statement hook) for one headline query, for a patient with 1 and with 20 orders and prescriptions (two items or lines each, and a payment each); lowest of three runs after a warm-up run, through each gateway.
3. **Contention**: ${st.contention.calls} \`placeOrder\` calls sent at once through our gateway by ${st.contention.customers} patients, one unit each, for the last ${st.contention.stock} units of a fresh medicine at a fresh pharmacy; then the stock left and the placed orders in the database.
4. **Subscriptions**: ${r.subscriptions?.subscribers ?? '—'} graphql-ws clients (one WebSocket each, in a process of their own) signed in as ${r.subscriptions?.users ?? '—'} pharmacists subscribe through our gateway to \`orderStatusChanged\` of one order (fields from orders, users, inventory and payments). Status changes are written as the orders service writes them, each with \`pg_notify('order_status_changed', …)\` in its transaction: first until every client has had one (then all are subscribed), then ${r.subscriptions?.events ?? '—'} measured ones, each once every client has the one before. Latency runs from just before the transaction to the receipt at each client (one machine clock).
5. **Memory**: RSS of each gateway process 2 s after start (idle), its highest sample (every 100 ms) under load, with the subscriptions open, and its lifetime high-water mark (VmHWM).

PGlite serves one connection at a time, so transactions run one after another: the contention figures show correctness and cost, not a race on a multi-connection PostgreSQL. Everything shares ${m.cores} cores, and the subgraphs' process is the bottleneck: req/s compares whole systems, CPU per request compares gateways. Figures vary by up to a quarter between runs; the load average above says how busy the machine was with other work.`;
}

export async function writeReport(r: BenchResults): Promise<string[]> {
  const m = r.machine;
  const md = `# Benchmarks

Written by \`npm run bench\` (bench/run.ts) on ${r.date.slice(0, 16).replace('T', ' ')} UTC. Raw figures: [results.json](results.json).

## Summary

${summary(r)}

## Machine

${head(['cpu', 'cores', 'memory', 'node', 'os', 'PGlite', 'load average at start'])}
${row([m.cpu, m.cores, `${m.memoryGb} GB`, m.node, m.os, m.pglite, m.loadAverageAtStart])}

## Method

${method(r)}

## 1. Gateway throughput and latency

${throughputSection(r)}

## 2. SQL statements per headline query

${sqlSection(r)}

## 3. Order placement under contention

${contentionSection(r.contention)}

## 4. Subscription event latency (our gateway)

${subscriptionSection(r.subscriptions)}

## 5. Gateway memory (RSS)

${memorySection(r)}
${r.skipped.length ? `\n## Skipped\n\n${r.skipped.map((s) => `- ${s}`).join('\n')}\n` : ''}`;
  const dir = new URL('./', import.meta.url);
  const report = fileURLToPath(new URL('REPORT.md', dir));
  const json = fileURLToPath(new URL('results.json', dir));
  await writeFile(report, md);
  // Formatted as the repository's `npm run format:check` expects.
  const options = { ...(await resolveConfig(json)), parser: 'json' };
  await writeFile(json, await format(JSON.stringify(r), options));
  return ['bench/REPORT.md', 'bench/results.json'];
}

export async function rewriteReport(): Promise<void> {
  const json = fileURLToPath(new URL('results.json', import.meta.url));
  await writeReport(JSON.parse(await readFile(json, 'utf8')) as BenchResults);
}
