import { fileURLToPath } from 'node:url';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/subgraph';
import { createPaymentsContext, type PaymentsContext } from './context';
import * as dbSchema from './db/schema';
import { createPaymentsDeps, stopPaymentsDeps, type PaymentsDeps } from './deps';
import { resolvers } from './resolvers';
import { seedPayments } from './seed';

export const paymentsSubgraph: SubgraphModule<typeof dbSchema, PaymentsContext, PaymentsDeps> = {
  name: 'payments',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/payments', import.meta.url)),
  prepare: createPaymentsDeps,
  createContext: (runtime, caller) => createPaymentsContext(runtime, caller),
  seed: (runtime) => seedPayments(runtime.db),
  onStop: (runtime) => stopPaymentsDeps(runtime.deps),
};
