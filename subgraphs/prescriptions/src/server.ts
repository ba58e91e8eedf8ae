import { fileURLToPath } from 'node:url';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/service';
import { createPrescriptionsContext, type PrescriptionsContext } from './context';
import * as dbSchema from './db/schema';
import { resolvers } from './resolvers';
import { seedPrescriptions } from './seed';

export const prescriptionsSubgraph: SubgraphModule<typeof dbSchema, PrescriptionsContext> = {
  name: 'prescriptions',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/prescriptions', import.meta.url)),
  createContext: (runtime, caller) => createPrescriptionsContext(runtime, caller),
  seed: (runtime) => seedPrescriptions(runtime.db),
};
