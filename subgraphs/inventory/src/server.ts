import { fileURLToPath } from 'node:url';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/subgraph';
import { createInventoryContext, type InventoryContext } from './context';
import * as dbSchema from './db/schema';
import { createInventoryDeps, type InventoryDeps } from './deps';
import { resolvers } from './resolvers';
import { seedInventory } from './seed';

export const inventorySubgraph: SubgraphModule<typeof dbSchema, InventoryContext, InventoryDeps> = {
  name: 'inventory',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/inventory', import.meta.url)),
  prepare: createInventoryDeps,
  createContext: (runtime, caller) => createInventoryContext(runtime, caller),
  seed: (runtime) => seedInventory(runtime.db),
};
