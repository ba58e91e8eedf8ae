import { internalCredentialKey } from '@pharmacy/auth';
import { createServiceClient } from '@pharmacy/service';
import type { ServiceConfig } from '@pharmacy/subgraph';
import { inventoryClient } from './inventory-client';

/** The services users calls, each with a credential that names users. */
export function createPeers(config: Pick<ServiceConfig, 'internalSecret' | 'peers'>) {
  const key = internalCredentialKey(config.internalSecret);
  return {
    inventory: inventoryClient(
      createServiceClient({ caller: 'users', url: config.peers.inventory, key }),
    ),
  };
}
export type UsersPeers = ReturnType<typeof createPeers>;
