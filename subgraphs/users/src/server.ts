import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataRoot, sendJson } from '@pharmacy/service';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/subgraph';
import { createUsersContext, type UsersContext, type UsersDeps } from './context';
import * as dbSchema from './db/schema';
import { resolvers } from './resolvers';
import { seedUsers } from './seed';
import { RateLimiter } from '@pharmacy/service';
import { loadPrivateJwks, toSigningKeys } from './services/signing-keys';

export const usersSubgraph: SubgraphModule<typeof dbSchema, UsersContext, UsersDeps> = {
  name: 'users',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/users', import.meta.url)),
  async prepare() {
    const jwks = await loadPrivateJwks(
      join(dataRoot(), 'keys', 'signing-keys.json'),
      process.env.JWT_SIGNING_KEYS,
    );
    const limit = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
    return {
      keys: await toSigningKeys(jwks),
      limiters: {
        loginPerAddress: new RateLimiter(limit('LOGIN_LIMIT_PER_ADDRESS', 30), 60_000),
        loginPerAccount: new RateLimiter(limit('LOGIN_LIMIT_PER_ACCOUNT', 10), 15 * 60_000),
        registerPerAddress: new RateLimiter(limit('REGISTER_LIMIT_PER_ADDRESS', 10), 60_000),
      },
    };
  },
  createContext: (runtime, caller, req) =>
    createUsersContext(runtime, caller, String(req.headers['x-client-address'] ?? 'unknown')),
  seed: (runtime) => seedUsers(runtime.db),
  routes: (runtime) => ({
    '/.well-known/jwks.json': (_req, res) => sendJson(res, 200, runtime.deps.keys.jwks),
  }),
};
