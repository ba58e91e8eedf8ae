import { fileURLToPath } from 'node:url';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/subgraph';
import { createOrdersContext, type OrdersContext } from './context';
import * as dbSchema from './db/schema';
import { createOrdersDeps, stopOrdersDeps, type OrdersDeps } from './deps';
import { resolvers } from './resolvers';
import { seedOrders } from './seed';
import { withSubscriptions } from './subscriptions';

export const ordersSubgraph = withSubscriptions({
  name: 'orders',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/orders', import.meta.url)),
  prepare: createOrdersDeps,
  createContext: (runtime, caller) =>
    createOrdersContext({ db: runtime.db, log: runtime.log, deps: runtime.deps }, caller),
  seed: (runtime) => seedOrders(runtime.db),
  onStop: (runtime) => stopOrdersDeps(runtime.deps),
} satisfies SubgraphModule<typeof dbSchema, OrdersContext, OrdersDeps>);
