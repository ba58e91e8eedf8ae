import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalCredentialKey, verifyInternalCredential, type Caller } from '@pharmacy/auth';
import { createEventQueue, createLogger } from '@pharmacy/service';
import { startGraphQLWsTestServer } from './graphql-ws-test-server';
import { UpstreamSubscriptions, type UpstreamEvent } from './upstream-subscriptions';

const key = internalCredentialKey('a test secret of at least 32 characters');
const patient: Caller = { kind: 'user', userId: 'u-1', role: 'PATIENT', pharmacyIds: [] };
const pharmacist: Caller = { kind: 'user', userId: 'u-2', role: 'PHARMACIST', pharmacyIds: [] };

// The subgraph: `ticks(channel)` delivers what the test publishes on that channel.
const schema = buildSchema(
  'type Query { ok: Boolean } type Subscription { ticks(channel: String!): Int! }',
);
const listeners = new Map<string, Set<(tick: number) => void>>();
const ticks = schema.getSubscriptionType()!.getFields().ticks!;
ticks.subscribe = (_root, args: { channel: string }) => {
  const channel = listeners.get(args.channel) ?? new Set();
  listeners.set(args.channel, channel);
  const queue = createEventQueue<{ ticks: number }>(() => channel.delete(push));
  const push = (tick: number) => queue.push({ ticks: tick });
  channel.add(push);
  return queue.iterator;
};
const publish = (channel: string, tick: number) => listeners.get(channel)?.forEach((l) => l(tick));

const connectedAs: (Caller | null)[] = [];
let subgraph: Awaited<ReturnType<typeof startGraphQLWsTestServer>>;
let upstream: UpstreamSubscriptions;
beforeAll(async () => {
  subgraph = await startGraphQLWsTestServer(schema, async (params) => {
    const caller = await verifyInternalCredential(key, params?.credential as string);
    connectedAs.push(caller);
    return caller !== null;
  });
  upstream = new UpstreamSubscriptions(
    { orders: subgraph.url },
    key,
    createLogger('gateway', 'silent'),
  );
});
afterAll(async () => {
  await upstream?.close();
  await subgraph?.close();
});

const TICKS = 'subscription($channel: String!) { ticks(channel: $channel) }';
const watch = (channel: string, caller: Caller = patient) =>
  upstream.subscribe('orders', { query: TICKS, variables: { channel } }, caller);
const nextOf = async (events: AsyncIterator<UpstreamEvent>) => (await events.next()).value;

describe('UpstreamSubscriptions', () => {
  it('shares one subscription between identical ones of a caller, and tears it down after the last', async () => {
    const before = { ...subgraph.counts };
    const first = watch('share');
    const second = watch('share');
    await subgraph.reached('subscribed', before.subscribed + 1);
    expect(upstream.openCount).toBe(1);
    publish('share', 1);
    const event = { kind: 'result', result: { data: { ticks: 1 } } };
    expect(await nextOf(first)).toEqual(event);
    expect(await nextOf(second)).toEqual(event);
    expect(subgraph.counts.subscribed).toBe(before.subscribed + 1);

    await first.return!();
    expect(upstream.openCount).toBe(1);
    await second.return!();
    expect(upstream.openCount).toBe(0);
    await subgraph.reached('completed', before.completed + 1);
    // Nothing is left open: the socket closes with its last subscription.
    await subgraph.reached('closed', before.closed + 1);
  });

  it('opens one socket per caller, whose credential names that caller', async () => {
    const before = subgraph.counts.connected;
    const mine = watch('callers', patient);
    const theirs = watch('callers', pharmacist);
    await subgraph.reached('connected', before + 2);
    expect(connectedAs.slice(-2)).toEqual(expect.arrayContaining([patient, pharmacist]));
    expect(upstream.openCount).toBe(2);
    await Promise.all([mine.return!(), theirs.return!()]);
    expect(upstream.openCount).toBe(0);
  });

  it('says events may have been missed after the socket dropped, and keeps delivering', async () => {
    const subscribed = subgraph.counts.subscribed;
    const events = watch('drop');
    await subgraph.reached('subscribed', subscribed + 1);
    subgraph.dropConnections();
    expect(await nextOf(events)).toEqual({ kind: 'resubscribed' });
    await subgraph.reached('subscribed', subscribed + 2);
    publish('drop', 7);
    expect(await nextOf(events)).toEqual({ kind: 'result', result: { data: { ticks: 7 } } });
    await events.return!();
  });

  it('passes an upstream error on and drops the subscription', async () => {
    const events = upstream.subscribe(
      'orders',
      { query: 'subscription { nope }', variables: {} },
      patient,
    );
    expect(await nextOf(events)).toMatchObject({ kind: 'error' });
    expect(upstream.openCount).toBe(0);
    await events.return!();
  });
});
