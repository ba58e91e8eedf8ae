import { internalCredentialKey } from '@pharmacy/auth';
import type { SubgraphModule } from '@pharmacy/subgraph';
import type { OrdersContext } from '../context';
import type * as dbSchema from '../db/schema';
import { OrderEventHub } from './order-events';
import { subscriptionResolvers, type SubscriptionContext } from './order-status-changed';
import { startSubscriptionServer } from './subscription-server';

export { OrderEventHub, type OrderStatusEvent } from './order-events';

export interface SubscriptionDeps {
  orderEvents: OrderEventHub;
  stopSubscriptionServer?: () => Promise<void>;
}

/**
 * Adds live order status to the orders subgraph: LISTEN on its database, `orderStatusChanged`
 * in the schema, and graphql-ws on its HTTP server for the gateway.
 */
export function withSubscriptions<D extends object>(
  module: SubgraphModule<typeof dbSchema, OrdersContext, D>,
): SubgraphModule<typeof dbSchema, SubscriptionContext, D & SubscriptionDeps> {
  return {
    ...module,
    resolvers: { ...module.resolvers, Subscription: subscriptionResolvers },
    async prepare(runtime) {
      const deps = module.prepare ? await module.prepare(runtime) : ({} as D);
      const orderEvents = await OrderEventHub.start(runtime.database, runtime.log);
      return { ...deps, orderEvents };
    },
    createContext: (runtime, caller, req) => ({
      ...module.createContext(runtime, caller, req),
      orderEvents: runtime.deps.orderEvents,
    }),
    async onListening(runtime, httpServer, schema) {
      await module.onListening?.(runtime, httpServer, schema);
      runtime.deps.stopSubscriptionServer = startSubscriptionServer({
        httpServer,
        schema,
        internalKey: internalCredentialKey(runtime.config.internalSecret),
        createContext: (caller) => ({
          ...module.createContext(runtime, caller),
          orderEvents: runtime.deps.orderEvents,
        }),
        log: runtime.log,
      });
    },
    async onStop(runtime) {
      await runtime.deps.stopSubscriptionServer?.();
      await runtime.deps.orderEvents.stop();
      await module.onStop?.(runtime);
    },
  };
}
