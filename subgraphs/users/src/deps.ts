import { RateLimiter } from '@pharmacy/service';
import type { SubgraphRuntime } from '@pharmacy/subgraph';
import { createPeers, type UsersPeers } from './clients/peers';
import type * as schema from './db/schema';
import { loadPrivateJwks, toSigningKeys, type SigningKeys } from './services/signing-keys';
import { loadUsersSettings, type UsersSettings } from './settings';

export interface UsersDeps {
  keys: SigningKeys;
  /** Inventory, asked whether a pharmacy exists before someone is assigned to it. */
  peers: UsersPeers;
  /** Attempts per client address or account; past the limit RATE_LIMITED. */
  limiters: Record<'loginPerAddress' | 'loginPerAccount' | 'registerPerAddress', RateLimiter>;
}

const MINUTE_MS = 60_000;

/**
 * Made once per process. Nothing here runs in the background, so there is no stopUsersDeps.
 * Peer URLs come from the runtime's configuration, as for every subgraph; `settings` defaults
 * to the environment's, tests give their own (lower limits).
 */
export async function createUsersDeps(
  runtime: Omit<SubgraphRuntime<typeof schema, UsersDeps>, 'deps'>,
  settings: UsersSettings = loadUsersSettings(),
): Promise<UsersDeps> {
  const jwks = settings.signingJwks ?? (await loadPrivateJwks(settings.signingKeysFile));
  const { limits } = settings;
  return {
    keys: await toSigningKeys(jwks),
    peers: createPeers(runtime.config),
    limiters: {
      loginPerAddress: new RateLimiter(limits.loginPerAddress, MINUTE_MS),
      loginPerAccount: new RateLimiter(limits.loginPerAccount, 15 * MINUTE_MS),
      registerPerAddress: new RateLimiter(limits.registerPerAddress, MINUTE_MS),
    },
  };
}
