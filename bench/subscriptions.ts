import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { v7 as uuidv7 } from 'uuid';
import { demoPharmacies, medicationIdOf, pharmacyIdOf } from '@pharmacy/demo';
import { recordStatusChange, tables as ordersDb } from '@pharmacy/orders/testing';
import { spawnTracked, stopChild } from './children';
import type { Patient } from './data';
import type { GatewayProcess } from './gateways';
import { cpuMs, rssMb, sampleRss } from './proc';
import { ORDER_STATUS_CHANGED } from './queries';
import type { SubgraphStack } from './stack';
import { sleep, summarize, type Summary } from './stats';

const subscribersScript = fileURLToPath(new URL('./subscribers.ts', import.meta.url));

export interface SubscriptionResult {
  subscribers: number;
  users: number;
  events: number;
  /** Events that arrived whole, without errors. */
  delivered: number;
  expected: number;
  /** Results with errors (or closed sockets) during the measured events. */
  failedResults: number;
  errors: string[];
  secondsToSubscribeAll: number;
  /** Notify (the transaction's start) to receipt at each subscriber, every receipt. */
  latencyMs: Summary;
  /** Per event: when the last subscriber got it. */
  lastSubscriberMs: Summary;
  gatewayRssBeforeMb: number;
  gatewayRssSubscribedMb: number;
  gatewayPeakRssMb: number;
  /** Work per measured event (with the wait for it), all subscribers together. */
  gatewayCpuMsPerEvent: number;
  subgraphsCpuMsPerEvent: number;
  sqlStatementsPerEvent: number;
}

interface Receipt {
  client: number;
  at?: number;
  tag?: string | null;
  error?: string | null;
  closed?: number;
  connected?: boolean;
}

/**
 * `count` subscribers, spread over the `watchers` (staff, who may watch any order), to one
 * order's status through the gateway. Status changes are written with their pg_notify in one
 * transaction, as the orders service does (see e2e/subscriptions.test.ts): first until every
 * subscriber has had one (so all are subscribed), then `events` measured ones, each once every
 * subscriber has the one before (or 15 s have passed).
 */
export async function measureSubscriptions(
  stack: SubgraphStack,
  gateway: GatewayProcess,
  customer: Patient,
  watchers: Patient[],
  options: { count: number; events: number },
): Promise<SubscriptionResult> {
  const db = stack.subgraphs.orders.runtime.db;
  const pharmacyId = pharmacyIdOf(demoPharmacies[0]!.key);
  const orderId = uuidv7();
  await db.insert(ordersDb.orders).values({
    id: orderId,
    customerId: customer.userId,
    pharmacyId,
    status: 'PENDING_PAYMENT',
    deliveryAddress: 'Benchstraße 2, Berlin',
    currency: 'EUR',
    totalAmount: 299,
  });
  await db.insert(ordersDb.orderLines).values({
    orderId,
    lineNo: 1,
    medicationId: medicationIdOf('ibuprofen-400mg-tablet'),
    quantity: 1,
    unitPrice: 299,
    lineTotal: 299,
  });
  /** A status change and its notification in one transaction; `tag` marks the event. */
  const announce = (status: ordersDb.OrderStatus, tag: string) =>
    db.transaction(async (tx) => {
      await tx
        .update(ordersDb.orders)
        .set({ status, deliveryAddress: tag })
        .where(sql`id = ${orderId}`);
      const order = { id: orderId, customerId: customer.userId, pharmacyId, courierId: null };
      await recordStatusChange(tx, order, status, 'bench');
    });

  const gatewayRssBeforeMb = rssMb(gateway.pid);
  const plan = {
    url: gateway.url,
    tokens: watchers.map((w) => w.token),
    query: ORDER_STATUS_CHANGED,
    variables: { orderId },
    count: options.count,
  };
  const child = spawnTracked(
    process.execPath,
    ['--import', 'tsx', subscribersScript, JSON.stringify(plan)],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  /** Per client: how many results it has had, and when it had each tagged event. */
  const counts = Array.from({ length: options.count }, () => 0);
  const receivedAt = Array.from({ length: options.count }, () => new Map<string, number>());
  const errors: string[] = [];
  let failed = 0;
  const connected = new Set<number>();
  let lastReceipt = 0;
  child.on('message', (receipt: Receipt) => {
    if (receipt.connected) return void connected.add(receipt.client);
    lastReceipt = performance.now();
    if (receipt.error || receipt.closed) {
      failed++;
      if (errors.length < 5) errors.push(receipt.error ?? `closed ${receipt.closed}`);
    }
    if (receipt.at === undefined) return;
    counts[receipt.client]!++;
    if (receipt.tag && !receipt.error) receivedAt[receipt.client]!.set(receipt.tag, receipt.at);
  });
  const allPast = (before: number[]) => counts.every((n, i) => n > before[i]!);

  try {
    const started = performance.now();
    const none = counts.map(() => 0);
    // Until every client has had one event, all are subscribed (upstream included).
    while (connected.size < options.count) {
      if (performance.now() - started > 60_000 || child.exitCode !== null)
        throw new Error(
          `only ${connected.size} of ${options.count} connected: ${errors.join('; ')}`,
        );
      await sleep(20);
    }
    for (let round = 0; !allPast(none); round++) {
      if (performance.now() - started > 90_000 || child.exitCode !== null) {
        const ready = counts.filter((n) => n > 0).length;
        throw new Error(`only ${ready} of ${options.count} subscribed: ${errors.join('; ')}`);
      }
      await announce('PENDING_PAYMENT', `bench-prime-${round}`);
      // Until all have it, or nothing more has come for a second (some were not subscribed yet).
      const sent = performance.now();
      while (!allPast(none) && performance.now() - Math.max(sent, lastReceipt) < 1_000)
        await sleep(20);
    }
    const secondsToSubscribeAll = (performance.now() - started) / 1000;
    while (performance.now() - lastReceipt < 1_000) await sleep(50);
    const gatewayRssSubscribedMb = rssMb(gateway.pid);
    const failedBefore = failed;

    const sampler = sampleRss(gateway.pid, 100);
    const gatewayCpuBefore = cpuMs(gateway.pid);
    const ownCpuBefore = process.cpuUsage();
    const statementsBefore = stack.statements.length;
    const sentAt: number[] = [];
    const statuses = ['PAID', 'PREPARING'] as const;
    for (let k = 0; k < options.events; k++) {
      const before = [...counts];
      sentAt.push(performance.timeOrigin + performance.now());
      await announce(statuses[k % statuses.length]!, `bench-event-${k}`);
      const deadline = performance.now() + 15_000;
      while (!allPast(before) && performance.now() < deadline) await sleep(5);
      await sleep(200);
    }
    const gatewayPeakRssMb = sampler.stop();
    const ownCpu = process.cpuUsage(ownCpuBefore);
    const perEvent = (n: number) => Math.round((n / options.events) * 10) / 10;
    const work = {
      gatewayCpuMsPerEvent: perEvent(cpuMs(gateway.pid) - gatewayCpuBefore),
      subgraphsCpuMsPerEvent: perEvent((ownCpu.user + ownCpu.system) / 1000),
      sqlStatementsPerEvent: perEvent(stack.statements.length - statementsBefore),
    };

    const latencies: number[] = [];
    const last = sentAt.map(() => 0);
    for (const times of receivedAt)
      sentAt.forEach((sent, k) => {
        const at = times.get(`bench-event-${k}`);
        if (at === undefined) return;
        latencies.push(at - sent);
        last[k] = Math.max(last[k]!, at - sent);
      });
    return {
      subscribers: options.count,
      users: watchers.length,
      events: options.events,
      delivered: latencies.length,
      expected: options.count * options.events,
      failedResults: failed - failedBefore,
      errors,
      secondsToSubscribeAll: Math.round(secondsToSubscribeAll * 100) / 100,
      latencyMs: summarize(latencies),
      lastSubscriberMs: summarize(last),
      gatewayRssBeforeMb,
      gatewayRssSubscribedMb,
      gatewayPeakRssMb,
      ...work,
    };
  } finally {
    await stopChild(child, 'stop');
  }
}
