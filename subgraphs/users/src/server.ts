import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataRoot, loadTypeDefs, sendJson, type SubgraphModule } from '@pharmacy/service';
import { createUsersContext, type UsersContext, type UsersDeps } from './context';
import * as dbSchema from './db/schema';
import { resolvers } from './resolvers';
import { seedUsers } from './seed';
import { RateLimiter } from './services/rate-limiter';
import { loadPrivateJwks, toSigningKeys } from './services/signing-keys';

export const usersSubgraph: SubgraphModule<typeof dbSchema, UsersContext, UsersDeps> = {
  name: 'users',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/users', import.meta.url)),
  async prepare() {
    const jwks = await loadPrivateJwks(join(dataRoot(), 'keys', 'signing-keys.json'), process.env.JWT_SIGNING_KEYS);
    return {
      keys: await toSigningKeys(jwks),
      loginLimiter: new RateLimiter(Number(process.env.LOGIN_RATE_LIMIT ?? 10), 60_000),
      registerLimiter: new RateLimiter(Number(process.env.REGISTER_RATE_LIMIT ?? 10), 60_000),
    };
  },
  createContext: (runtime, caller, req) =>
    createUsersContext(runtime, caller, String(req.headers['x-client-address'] ?? 'unknown')),
  seed: (runtime) => seedUsers(runtime.db),
  routes: (runtime) => ({
    '/.well-known/jwks.json': (_req, res) => sendJson(res, 200, runtime.deps.keys.jwks),
  }),
};
