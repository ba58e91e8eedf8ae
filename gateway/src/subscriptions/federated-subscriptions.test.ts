import { composeServices } from '@apollo/composition';
import { LocalGraphQLDataSource } from '@apollo/gateway';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { internalCredentialKey, type Caller } from '@pharmacy/auth';
import { ForbiddenError } from '@pharmacy/errors';
import { createEventQueue, createLogger } from '@pharmacy/service';
import type { GatewayContext } from '../context';
import { FederatedSubscriptions } from './federated-subscriptions';
import { startGraphQLWsTestServer } from './graphql-ws-test-server';
import { UpstreamSubscriptions } from './upstream-subscriptions';

const federation = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])`;
// A little supergraph: orders owns the subscription, users adds the customer's name.
const ordersTypeDefs = parse(`${federation}
  type Order @key(fields: "id") { id: ID! status: String! customer: User! }
  type User @key(fields: "id", resolvable: false) { id: ID! }
  type Query { order(id: ID!): Order }
  type Subscription { orderStatusChanged(orderId: ID): Order! }`);
const usersTypeDefs = parse(`${federation}
  type User @key(fields: "id") { id: ID! name: String! }
  type Query { me: User }`);

type OrderEvent = { id: string; status: string; customer: { id: string } };
const listeners = new Set<(event: OrderEvent) => void>();
const publish = (event: OrderEvent) => listeners.forEach((listener) => listener(event));
const ordersSchema = buildSubgraphSchema({
  typeDefs: ordersTypeDefs,
  resolvers: {
    Subscription: {
      orderStatusChanged: {
        subscribe: (_root: unknown, args: { orderId?: string }) => {
          if (args.orderId === 'not-yours') throw new ForbiddenError();
          const queue = createEventQueue<OrderEvent>(() => listeners.delete(queue.push));
          listeners.add(queue.push);
          return queue.iterator;
        },
        resolve: (event: OrderEvent) => event,
      },
    },
  },
});
const nameLookups: string[] = [];
const usersSchema = buildSubgraphSchema({
  typeDefs: usersTypeDefs,
  resolvers: {
    User: {
      __resolveReference: ({ id }: { id: string }) => (
        nameLookups.push(id),
        { id, name: `Name ${id}` }
      ),
    },
  },
});

const key = internalCredentialKey('a test secret of at least 32 characters');
let ordersSubgraph: Awaited<ReturnType<typeof startGraphQLWsTestServer>>;
let upstream: UpstreamSubscriptions;
let subscriptions: FederatedSubscriptions;
beforeAll(async () => {
  const composed = composeServices([
    { name: 'orders', typeDefs: ordersTypeDefs, url: 'http://orders' },
    { name: 'users', typeDefs: usersTypeDefs, url: 'http://users' },
  ]);
  if (composed.errors) throw new Error(composed.errors.map((e) => e.message).join('\n'));
  ordersSubgraph = await startGraphQLWsTestServer(ordersSchema);
  upstream = new UpstreamSubscriptions(
    { orders: ordersSubgraph.url },
    key,
    createLogger('gateway', 'silent'),
  );
  subscriptions = new FederatedSubscriptions(
    composed.supergraphSdl,
    {
      orders: new LocalGraphQLDataSource<GatewayContext>(ordersSchema),
      users: new LocalGraphQLDataSource<GatewayContext>(usersSchema),
    },
    upstream,
  );
});
afterAll(async () => {
  await upstream?.close();
  await ordersSubgraph?.close();
});

const WATCH = parse(
  'subscription Watch($orderId: ID) { orderStatusChanged(orderId: $orderId) { id status customer { name } } }',
);
const patient: Caller = { kind: 'user', userId: 'u-1', role: 'PATIENT', pharmacyIds: [] };
const watch = (
  caller: Caller = patient,
  variables: Record<string, unknown> = {},
  beforeEvent?: () => Promise<void>,
) =>
  subscriptions.subscribe({
    document: WATCH,
    variables,
    operationName: 'Watch',
    context: {
      caller,
      clientAddress: '10.0.0.1',
      requestId: `req-${Math.random()}`,
      operationId: 'op',
    },
    ...(beforeEvent ? { beforeEvent } : {}),
  });

describe('FederatedSubscriptions', () => {
  it('subscribes on the owning subgraph and runs the rest of the plan for each event', async () => {
    const before = ordersSubgraph.counts.subscribed;
    const events = watch();
    const first = events.next();
    await ordersSubgraph.reached('subscribed', before + 1);
    publish({ id: 'o-1', status: 'PAID', customer: { id: 'c-1' } });
    expect((await first).value).toEqual({
      data: { orderStatusChanged: { id: 'o-1', status: 'PAID', customer: { name: 'Name c-1' } } },
    });
    await events.return!();
    expect(upstream.openCount).toBe(0);
  });

  it('gives subscribers of one caller and operation one upstream subscription and one execution per event', async () => {
    const before = ordersSubgraph.counts.subscribed;
    const mine = watch();
    const again = watch();
    const theirs = watch({ kind: 'user', userId: 'u-2', role: 'PHARMACIST', pharmacyIds: [] });
    const results = [mine.next(), again.next(), theirs.next()];
    await ordersSubgraph.reached('subscribed', before + 2);
    expect(upstream.openCount).toBe(2);
    nameLookups.length = 0;
    publish({ id: 'o-2', status: 'PREPARING', customer: { id: 'c-2' } });
    for (const result of await Promise.all(results))
      expect(result.value).toMatchObject({
        data: { orderStatusChanged: { customer: { name: 'Name c-2' } } },
      });
    // One execution for the caller with two subscribers, one for the other caller.
    expect(nameLookups).toEqual(['c-2', 'c-2']);
    await Promise.all([mine, again, theirs].map((events) => events.return!()));
    expect(upstream.openCount).toBe(0);
  });

  it('ends with the errors of a subscription the subgraph refuses', async () => {
    const events = watch(patient, { orderId: 'not-yours' });
    const refused = await events.next();
    expect(refused.value).toMatchObject({
      errors: [{ message: 'Not allowed', extensions: { code: 'FORBIDDEN' } }],
    });
    expect((await events.next()).done).toBe(true);
  });

  it('ends the subscription, and the upstream one, when the check before an event fails', async () => {
    const before = { ...ordersSubgraph.counts };
    const events = watch(patient, {}, () => Promise.reject(new Error('role changed')));
    const next = events.next();
    await ordersSubgraph.reached('subscribed', before.subscribed + 1);
    publish({ id: 'o-3', status: 'PAID', customer: { id: 'c-3' } });
    expect((await next).done).toBe(true);
    expect(upstream.openCount).toBe(0);
    await ordersSubgraph.reached('completed', before.completed + 1);
  });
});
