import { fileURLToPath } from 'node:url';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/service';
import { createOrdersContext, type OrdersContext } from './context';
import * as dbSchema from './db/schema';
import { resolvers } from './resolvers';
import { seedOrders } from './seed';

export const ordersSubgraph: SubgraphModule<typeof dbSchema, OrdersContext> = {
  name: 'orders',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/orders', import.meta.url)),
  createContext: (runtime, caller) =>
    createOrdersContext({ db: runtime.db, log: runtime.log }, caller),
  seed: (runtime) => seedOrders(runtime.db),
};
