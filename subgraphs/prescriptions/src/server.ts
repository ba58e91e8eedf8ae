import { fileURLToPath } from 'node:url';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/subgraph';
import { createPrescriptionsContext, type PrescriptionsContext } from './context';
import * as dbSchema from './db/schema';
import { createPrescriptionsDeps, stopPrescriptionsDeps, type PrescriptionsDeps } from './deps';
import { resolvers } from './resolvers';
import { seedPrescriptions } from './seed';

export const prescriptionsSubgraph = {
  name: 'prescriptions',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/prescriptions', import.meta.url)),
  prepare: createPrescriptionsDeps,
  createContext: (runtime, caller, req) => createPrescriptionsContext(runtime, caller, req),
  // The reads of a request are written in one statement when it ends, before it is answered.
  beforeResponse: (ctx) => ctx.accessLog.flush(ctx.db),
  seed: (runtime) => seedPrescriptions(runtime.db),
  onStop: (runtime) => stopPrescriptionsDeps(runtime.deps),
} satisfies SubgraphModule<typeof dbSchema, PrescriptionsContext, PrescriptionsDeps>;
