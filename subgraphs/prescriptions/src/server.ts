import { fileURLToPath } from 'node:url';
import { RateLimiter } from '@pharmacy/service';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/subgraph';
import {
  createPrescriptionsContext,
  type PrescriptionsContext,
  type PrescriptionsDeps,
} from './context';
import * as dbSchema from './db/schema';
import { resolvers } from './resolvers';
import { createOcrEngine } from './scan';
import { seedPrescriptions } from './seed';
import { createCatalogueClient } from './services/catalogue-client';

export const prescriptionsSubgraph: SubgraphModule<
  typeof dbSchema,
  PrescriptionsContext,
  PrescriptionsDeps
> = {
  name: 'prescriptions',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/prescriptions', import.meta.url)),
  prepare: ({ config }) => ({
    ocr: createOcrEngine(),
    catalogue: createCatalogueClient(config),
    scanLimiter: new RateLimiter(Number(process.env.SCAN_LIMIT_PER_USER ?? 10), 60_000),
  }),
  createContext: (runtime, caller) => createPrescriptionsContext(runtime, caller),
  onStop: (runtime) => runtime.deps.ocr.terminate(),
  seed: (runtime) => seedPrescriptions(runtime.db),
};
