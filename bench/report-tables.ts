import type { ContentionResult } from './contention';
import type { BenchResults } from './results';
import type { SqlCount } from './sql-count';
import type { Summary } from './stats';
import type { SubscriptionResult } from './subscriptions';

/** The tables of REPORT.md, one function per section. */

export const fmt = (n: number) => (Number.isInteger(n) ? String(n) : n.toFixed(1));
export const row = (cells: (string | number)[]) =>
  `| ${cells.map((c) => (typeof c === 'number' ? fmt(c) : c)).join(' | ')} |`;
export const head = (cells: string[]) => `${row(cells)}\n|${cells.map(() => '---').join('|')}|`;
const lat = (s: Summary) => `${fmt(s.p50)} / ${fmt(s.p95)} / ${fmt(s.p99)}`;

export function throughputSection(r: BenchResults): string {
  const lines = [
    head([
      'gateway',
      'req/s',
      'req/s by round',
      'latency p50 / p95 / p99 ms',
      'errors',
      'gateway CPU ms/req',
      'subgraphs CPU ms/req',
      'gateway peak RSS MB',
      'other processes CPU %',
    ]),
    ...r.gateways.map(({ name, throughput: t }) =>
      row([
        name,
        t.requestsPerSecond,
        t.requestsPerSecondByRound.map(fmt).join(', '),
        lat(t.latencyMs),
        `${t.errors} of ${t.requests}`,
        t.gatewayCpuMsPerRequest,
        t.subgraphsCpuMsPerRequest,
        t.gatewayPeakRssMb,
        t.otherCpuPercent,
      ]),
    ),
    '',
    'Latency by query, p50 / p99 ms:',
    '',
    head(['gateway', ...Object.keys(r.gateways[0]?.throughput.latencyByQueryMs ?? {})]),
    ...r.gateways.map(({ name, throughput: t }) =>
      row([name, ...Object.values(t.latencyByQueryMs).map((s) => `${fmt(s.p50)} / ${fmt(s.p99)}`)]),
    ),
  ];
  const errors = r.gateways.flatMap((g) =>
    g.throughput.errorSamples.map((e) => `- ${g.name}: \`${e.replace(/`/g, "'")}\``),
  );
  if (errors.length) lines.push('', 'First errors:', '', ...errors);
  return lines.join('\n');
}

export function sqlSection(r: BenchResults): string {
  const per = (c: SqlCount | undefined) =>
    c
      ? Object.entries(c.perService)
          .map(([s, n]) => `${s} ${n}`)
          .join(', ')
      : '—';
  const lines = [
    head([
      'gateway',
      '1 order, 1 prescription',
      '20 orders, 20 prescriptions',
      'by subgraph (20 orders)',
    ]),
    ...r.gateways.map((g) =>
      row([g.name, g.sql[0]?.total ?? '—', g.sql[1]?.total ?? '—', per(g.sql[1])]),
    ),
  ];
  const flat = r.gateways.every((g) => g.sql[0] && g.sql[1] && g.sql[0].total === g.sql[1].total);
  lines.push(
    '',
    flat
      ? 'The count is the same for 1 and for 20 orders and prescriptions: no statement runs per row (no N+1).'
      : 'The count differs between 1 and 20 orders and prescriptions on at least one gateway: see the table.',
  );
  return lines.join('\n');
}

export function contentionSection(c: ContentionResult | null): string {
  if (!c) return 'Not run.';
  if ('skipped' in c) return `skipped: ${c.skipped}`;
  return [
    head([
      'calls at once',
      'customers',
      'units in stock',
      'placed',
      'outcomes',
      'wall time ms',
      'latency p50 / p95 / p99 ms',
      'available after',
      'oversold',
    ]),
    row([
      c.calls,
      c.customers,
      c.stock,
      c.placed,
      Object.entries(c.outcomes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', '),
      c.wallMs,
      lat(c.latencyMs),
      c.finalAvailable,
      c.oversold ? 'YES' : 'no',
    ]),
  ].join('\n');
}

export function subscriptionSection(s: SubscriptionResult | null): string {
  if (!s) return 'Not run.';
  const lines = [
    head([
      'subscribers (users)',
      'events',
      'delivered whole',
      'results with errors',
      'all subscribed in s',
      'notify→receipt p50 / p95 / max ms',
      'last subscriber per event p50 / max ms',
    ]),
    row([
      `${s.subscribers} (${s.users})`,
      s.events,
      `${s.delivered} of ${s.expected}`,
      s.failedResults,
      s.secondsToSubscribeAll,
      `${fmt(s.latencyMs.p50)} / ${fmt(s.latencyMs.p95)} / ${fmt(s.latencyMs.max)}`,
      `${fmt(s.lastSubscriberMs.p50)} / ${fmt(s.lastSubscriberMs.max)}`,
    ]),
    '',
    `Work per event, for all ${s.subscribers} subscribers together: gateway ${fmt(s.gatewayCpuMsPerEvent)} ms CPU, subgraphs ${fmt(s.subgraphsCpuMsPerEvent)} ms CPU, ${fmt(s.sqlStatementsPerEvent)} SQL statements, ${fmt(s.sqlStatementsPerEvent / s.users)} per user: the gateway shares the upstream subscription and the rest of the plan among each user's identical subscriptions, so the work grows with users, not with their open tabs.`,
  ];
  if (s.errors.length) lines.push('', 'Errors:', ...s.errors.map((e) => `- \`${e}\``));
  return lines.join('\n');
}

export function memorySection(r: BenchResults): string {
  const s = r.subscriptions;
  return [
    head([
      'gateway',
      'idle MB',
      'peak under load MB',
      `with ${s?.subscribers ?? 0} subscriptions MB`,
      'peak during events MB',
      'highest ever (VmHWM) MB',
    ]),
    ...r.gateways.map((g, i) =>
      row([
        g.name,
        g.idleRssMb,
        g.throughput.gatewayPeakRssMb,
        i === 0 && s ? s.gatewayRssSubscribedMb : '—',
        i === 0 && s ? s.gatewayPeakRssMb : '—',
        g.lifetimePeakRssMb,
      ]),
    ),
  ].join('\n');
}
