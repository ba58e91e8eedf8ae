import { fileURLToPath } from 'node:url';
import { sendJson } from '@pharmacy/service';
import { loadTypeDefs, type SubgraphModule } from '@pharmacy/subgraph';
import { createUsersContext, type UsersContext } from './context';
import * as dbSchema from './db/schema';
import { createUsersDeps, type UsersDeps } from './deps';
import { resolvers } from './resolvers';
import { seedUsers } from './seed';

export const usersSubgraph = {
  name: 'users',
  typeDefs: loadTypeDefs(new URL('./schema.graphql', import.meta.url)),
  resolvers,
  dbSchema,
  migrationsFolder: fileURLToPath(new URL('../../../drizzle/users', import.meta.url)),
  prepare: (runtime) => createUsersDeps(runtime),
  createContext: createUsersContext,
  seed: (runtime) => seedUsers(runtime.db),
  // The public keys the gateway verifies access tokens with.
  routes: (runtime) => ({
    '/.well-known/jwks.json': (req, res) =>
      req.method === 'GET'
        ? sendJson(res, 200, runtime.deps.keys.jwks)
        : sendJson(res, 405, { error: 'method not allowed' }),
  }),
} satisfies SubgraphModule<typeof dbSchema, UsersContext, UsersDeps>;
